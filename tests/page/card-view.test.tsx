// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_CARD_CSS } from '@/components/HoverCard';
import { CardView } from '@/entrypoints/content/card-view';
import { createGlossHost } from '@/entrypoints/content/gloss-host';
import type { ContextTimers } from '@/entrypoints/content/timers';
import type { CardData } from '@/engine/messages';
import { t } from '../components/locale';

const card: CardData = {
  id: 'moscow',
  type: 'place',
  name: 'Moscow',
  description: 'Capital of Russia',
  facts: [],
  aliases: [],
  wikipedia: null,
  flag: null,
  source: { key: 'core', name: 'Core', version: '', licence: 'CC0', url: '', asOf: '2026-05-01' },
};

const timers: ContextTimers = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  requestAnimationFrame: (run) => window.setTimeout(run, 16),
};

function setUp(reducedMotion: boolean) {
  window.matchMedia = vi.fn((query: string) => ({
    matches: reducedMotion && query.includes('reduce'),
  })) as never;
  const host = createGlossHost(document);
  const view = new CardView(timers, () => host, t, {});
  const dialog = () => host.mount(HOVER_CARD_CSS).querySelector<HTMLElement>('[role="dialog"]');
  return { host, view, dialog };
}

const line = { left: 100, top: 100, right: 160, bottom: 120 };
const options = { theme: 'dark' as const, sheet: false, pinned: false };

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.querySelector('gloss-host')?.remove();
});

describe('CardView', () => {
  it('places the card in px beside the line (8 px below it), in the chosen theme', async () => {
    // jsdom has no layout: give floating-ui a viewport to keep the card in.
    const html = document.documentElement;
    Object.defineProperty(html, 'clientWidth', { configurable: true, value: 1024 });
    Object.defineProperty(html, 'clientHeight', { configurable: true, value: 768 });
    const { view, dialog } = setUp(false);
    await view.show(card, { line }, options);
    expect(dialog()?.style.top).toBe('128px');
    expect(dialog()?.style.left).toBe('100px');
    expect(dialog()?.style.visibility).toBe('');
    expect(dialog()?.dataset.theme).toBe('dark');
    // Past half the viewport's height, the card goes above the name.
    await view.show(card, { line: { left: 100, top: 600, right: 160, bottom: 620 } }, options);
    expect(dialog()?.style.top).toBe('592px');
    delete (html as { clientWidth?: number }).clientWidth;
    delete (html as { clientHeight?: number }).clientHeight;
  });

  it('fades out over 200 ms before it is removed', async () => {
    const { view, dialog } = setUp(false);
    await view.show(card, { line }, options);
    view.hide();
    expect(dialog()?.classList.contains('closing')).toBe(true);
    vi.advanceTimersByTime(199);
    expect(dialog()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(dialog()).toBeNull();
  });

  it('goes at once under prefers-reduced-motion', async () => {
    const { view, dialog } = setUp(true);
    await view.show(card, { line }, options);
    view.hide();
    expect(dialog()).toBeNull();
  });

  it('shows the pin state and the "Not this?" list when updated', async () => {
    const { view, dialog } = setUp(false);
    await view.show(card, { line }, options);
    view.update({ pinned: true, candidates: 'loading' });
    expect(dialog()?.classList.contains('pinned')).toBe(true);
  });
});
