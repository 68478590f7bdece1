// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { CardDescription, DESCRIPTION_LIMIT, cutDescription } from '../../components/CardDescription';
import { HoverCard } from '../../components/HoverCard';
import type { CardData } from '../../engine/messages';
import { t } from './locale';

afterEach(cleanup);

const sentence = 'The quick brown fox jumps over the lazy dog near the river bank. ';
const long = sentence.repeat(12).trim(); // 779 characters

describe('cutDescription', () => {
  it('leaves a description of 525 characters or fewer whole', () => {
    expect(cutDescription('x'.repeat(DESCRIPTION_LIMIT))).toBeNull();
    expect(cutDescription('President of Russia')).toBeNull();
  });

  it('cuts a longer one between words, at most 525 characters before the ellipsis', () => {
    const cut = cutDescription(long) ?? '';
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(kept.length).toBeGreaterThan(DESCRIPTION_LIMIT - 80);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' ');
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const cut = cutDescription('𝔊'.repeat(DESCRIPTION_LIMIT + 10)) ?? '';
    expect(Array.from(cut.slice(0, -1))).toEqual(Array(DESCRIPTION_LIMIT).fill('𝔊'));
  });
});

describe('CardDescription', () => {
  it('shows a short description whole, with no control', () => {
    render(<CardDescription t={t} text="President of Russia" />);
    expect(screen.getByText('President of Russia')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('"Read more" reveals the rest and "Show less" cuts it again', () => {
    const { container } = render(<CardDescription t={t} text={long} />);
    const paragraph = container.querySelector('p.description') as HTMLElement;
    expect(paragraph.textContent).not.toBe(long);
    const button = screen.getByRole('button', { name: 'Read more' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(paragraph.id);
    fireEvent.click(button);
    expect(container.querySelector('p.description')?.textContent).toBe(long);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Show less');
    fireEvent.click(button);
    expect(container.querySelector('p.description')?.textContent).toBe(cutDescription(long));
  });

  it('is keyboard-accessible: a native button in the tab order that keeps focus when it toggles', () => {
    const { container } = render(<CardDescription t={t} text={long} />);
    const button = screen.getByRole('button', { name: 'Read more' });
    // A <button> is activated by Enter and Space in every browser; jsdom does not synthesise that.
    expect(button.tagName).toBe('BUTTON');
    expect(button.tabIndex).toBe(0);
    button.focus();
    fireEvent.click(button);
    expect(container.querySelector('p.description')?.textContent).toBe(long);
    expect(document.activeElement).toBe(button);
  });

  it('sits in the hover card, and a new card starts cut again', () => {
    const card: CardData = {
      id: 'a',
      type: 'event',
      name: 'A',
      description: long,
      facts: [],
      aliases: [],
      wikipedia: null,
      flag: null,
      source: { key: 'k', name: 'Source', version: '', licence: '', url: '', asOf: '' },
    };
    const { rerender } = render(<HoverCard t={t} card={card} position={{ left: 0, top: 0 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read more' }));
    expect(screen.getByRole('dialog').textContent).toContain(long);
    rerender(<HoverCard t={t} card={{ ...card, id: 'b' }} position={{ left: 0, top: 0 }} />);
    expect(screen.getByRole('dialog').textContent).not.toContain(long);
    expect(screen.getByRole('button', { name: 'Read more' })).toBeTruthy();
  });

  it('renders a long description as text, never as markup', () => {
    const { container } = render(<CardDescription t={t} text={`<img src=x onerror=alert(1)> ${long}`} />);
    expect(container.querySelector('img')).toBeNull();
  });
});
