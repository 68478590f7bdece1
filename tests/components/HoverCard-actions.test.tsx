// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { HOVER_CARD_CSS, HoverCard } from '../../components/HoverCard';
import type { CardData } from '../../engine/messages';
import { t } from './locale';

const paris: CardData = {
  id: 'geo:paris',
  type: 'place',
  name: 'Paris',
  description: 'Capital of France',
  facts: [{ key: 'population', value: 2138551 }],
  aliases: [],
  wikipedia: 'Paris',
  flag: null,
  source: { key: 'geonames', name: 'GeoNames', version: '', licence: 'CC BY', url: '', asOf: '2026-05-01' },
};

const texas = { id: 'geo:paris-tx', name: 'Paris', type: 'place' as const, description: 'Town in Texas' };

afterEach(cleanup);

function renderCard(extra: Partial<Parameters<typeof HoverCard>[0]> = {}) {
  const actions = {
    onClose: vi.fn(),
    onPin: vi.fn(),
    onNotThis: vi.fn(),
    onChoose: vi.fn(),
    onHideName: vi.fn(),
    onSiteOff: vi.fn(),
  };
  render(<HoverCard t={t} card={paris} position={{ left: 0, top: 0 }} {...actions} {...extra} />);
  return actions;
}

describe('HoverCard actions', () => {
  it('offers pin, "Not this?", hide, turn off here and Wikipedia, each reporting its click', () => {
    const actions = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Pin this card open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not this?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide this name' }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(actions.onPin).toHaveBeenCalledOnce();
    expect(actions.onNotThis).toHaveBeenCalledOnce();
    expect(actions.onHideName).toHaveBeenCalledOnce();
    expect(actions.onSiteOff).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Read on Wikipedia' }).getAttribute('href')).toContain(
      '/wiki/Paris',
    );
  });

  it('shows a pinned card as pressed, with an unpin label', () => {
    renderCard({ pinned: true });
    const pin = screen.getByRole('button', { name: 'Unpin this card' });
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('dialog').classList.contains('pinned')).toBe(true);
  });

  it('lists the other candidates; choosing one reports it', () => {
    const actions = renderCard({ candidates: [texas] });
    expect(screen.getByRole('button', { name: 'Not this?' }).getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: 'Other meanings of this name' });
    expect(list.textContent).toContain('Town in Texas');
    fireEvent.click(screen.getByRole('button', { name: /Paris\s*Town in Texas/ }));
    expect(actions.onChoose).toHaveBeenCalledWith(texas);
  });

  it('says so while loading and when there is no other meaning', () => {
    renderCard({ candidates: 'loading' });
    expect(screen.getByRole('dialog').textContent).toContain('Loading…');
    cleanup();
    renderCard({ candidates: [] });
    expect(screen.getByRole('dialog').textContent).toContain('Gloss knows no other meaning of this name.');
  });

  it('is a focusable non-modal dialog, and a bottom sheet on small touch screens', () => {
    renderCard({ sheet: true, position: null });
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(dialog.classList.contains('sheet')).toBe(true);
    // A sheet is placed by CSS, never measured against a mention.
    expect(dialog.style.visibility).toBe('');
    expect(HOVER_CARD_CSS).toMatch(/\.card\.sheet \.close \{[^}]*width: 50px;[^}]*height: 50px;/);
    expect(HOVER_CARD_CSS).toMatch(/\.card\.sheet \{[^}]*max-height: 55vh;/);
  });

  it('takes every word from the messages it is given', () => {
    const keys: string[] = [];
    const spy = (key: string, subs?: string | string[]) => {
      keys.push(key);
      return t(key, subs);
    };
    render(<HoverCard t={spy} card={paris} onPin={() => {}} onClose={() => {}} onNotThis={() => {}} />);
    expect(keys).toEqual(
      expect.arrayContaining(['cardTypePlace', 'cardFactPopulation', 'cardPin', 'cardClose', 'cardNotThis']),
    );
  });
});
