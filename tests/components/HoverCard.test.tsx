// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { HOVER_CARD_CSS, HoverCard, wikipediaUrl } from '../../components/HoverCard';
import type { CardData } from '../../engine/messages';
import { t } from './locale';

const putin: CardData = {
  id: 'gloss:vladimir-putin',
  type: 'person',
  name: 'Vladimir Putin',
  description: 'President of Russia',
  facts: [
    { key: 'born', value: '1952-10-07' },
    { key: 'office', value: 'President of Russia', since: '2012-05-07' },
  ],
  aliases: ['Putin', 'Vladimir Vladimirovich Putin'],
  wikipedia: 'Vladimir Putin',
  flag: null,
  source: {
    key: 'core',
    name: 'Gloss news core',
    version: '2026-05-17',
    licence: 'CC0',
    url: 'https://example.org',
    asOf: '2026-05-01',
  },
};

const russia: CardData = {
  ...putin,
  id: 'country:RU',
  type: 'place',
  name: 'Russia',
  description: 'Country in Eastern Europe and Northern Asia',
  facts: [
    { key: 'capital', value: 'Moscow' },
    { key: 'population', value: 143826130 },
  ],
  aliases: [],
  wikipedia: null,
  flag: '🇷🇺',
  source: { ...putin.source, key: 'world-countries', name: 'world-countries', version: '5.1.0' },
};

const now = new Date('2026-11-27T12:00:00Z');

afterEach(cleanup);

describe('HoverCard', () => {
  it('is a non-modal dialog labelled with the entity name, the name in a heading', () => {
    render(<HoverCard t={t} card={putin} now={now} locale="en-GB" />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.getAttribute('aria-label')).toBe('Vladimir Putin');
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, hidden: true }).textContent).toBe('Vladimir Putin');
  });

  it('shows type, description, facts with the age of a living person, aliases and source', () => {
    render(<HoverCard t={t} card={putin} now={now} locale="en-GB" position={{ left: 10, top: 20 }} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Person');
    expect(dialog.textContent).toContain('President of Russia');
    const born = dialog.querySelector('[data-fact="born"]');
    expect(born?.textContent).toBe('Born7 October 1952 (age 74)');
    const office = dialog.querySelector('[data-fact="office"]');
    expect(office?.textContent).toBe('OfficePresident of Russia (since 7 May 2012)');
    expect(dialog.textContent).toContain('Also known as: Putin, Vladimir Vladimirovich Putin');
    expect(dialog.querySelector('.source')?.textContent).toBe('Gloss news core, as of May 2026');
  });

  it('links to Wikipedia only when the entry has a title, in a new tab without an opener', () => {
    render(<HoverCard t={t} card={putin} now={now} position={{ left: 0, top: 0 }} />);
    const link = screen.getByRole('link', { name: 'Read on Wikipedia' });
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Vladimir_Putin');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    cleanup();
    render(<HoverCard t={t} card={russia} now={now} />);
    expect(screen.queryByRole('link', { hidden: true })).toBeNull();
  });

  it('shows a country flag and formats numbers for the reader locale', () => {
    render(<HoverCard t={t} card={russia} now={now} locale="de-DE" position={{ left: 0, top: 0 }} />);
    expect(screen.getByRole('heading').textContent).toBe('🇷🇺 Russia');
    expect(screen.getByRole('dialog').querySelector('[data-fact="population"] dd')?.textContent).toBe(
      '143.826.130',
    );
    expect(screen.getByRole('dialog').textContent).toContain('world-countries 5.1.0');
  });

  it('is laid out but invisible while measured, then placed in px', () => {
    const { rerender } = render(<HoverCard t={t} card={putin} now={now} />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.style.visibility).toBe('hidden');
    rerender(<HoverCard t={t} card={putin} now={now} position={{ left: 12, top: 34 }} />);
    expect(dialog.style.visibility).toBe('');
    expect([dialog.style.left, dialog.style.top]).toEqual(['12px', '34px']);
  });

  it('follows the theme and the close button reports a close', () => {
    const onClose = vi.fn();
    render(
      <HoverCard
        t={t}
        card={putin}
        now={now}
        theme="dark"
        onClose={onClose}
        position={{ left: 0, top: 0 }}
      />,
    );
    expect(screen.getByRole('dialog').dataset.theme).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...putin, name: '<img src=x onerror=alert(1)>', description: '<b>bold</b>' };
    render(<HoverCard t={t} card={hostile} now={now} />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.querySelector('img, b')).toBeNull();
    expect(dialog.textContent).toContain('<b>bold</b>');
  });

  it('ships its styles: 320 px wide, px sizes, dark theme and reduced motion', () => {
    expect(HOVER_CARD_CSS).toContain('width: 320px');
    expect(HOVER_CARD_CSS).toContain('prefers-color-scheme: dark');
    expect(HOVER_CARD_CSS).toContain('prefers-reduced-motion: reduce');
  });
});

describe('wikipediaUrl', () => {
  it('turns spaces into underscores and escapes the rest', () => {
    expect(wikipediaUrl('Hong Kong')).toBe('https://en.wikipedia.org/wiki/Hong_Kong');
    expect(wikipediaUrl('Georgia (country)')).toBe('https://en.wikipedia.org/wiki/Georgia_(country)');
    expect(wikipediaUrl('AC/DC')).toBe('https://en.wikipedia.org/wiki/AC%2FDC');
  });
});
