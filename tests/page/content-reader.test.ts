// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { Settings } from '@/engine/settings';
import type { AnnotateRequest, BackgroundRequest, MentionData } from '@/engine/messages';
import type { EntityType } from '@/engine/types';

// The content script's reader interactions in jsdom: hidden names, remembered choices, the popup's
// "reveal", the keyboard panel with focus return, and touch. Background and storage are stood in for.
const NAMES: [string, string, EntityType][] = [
  ['Vladimir Putin', 'putin', 'person'],
  ['Moscow', 'moscow', 'place'],
  ['Moskva', 'moscow', 'place'],
];
// Ids a merge retired, and the id their entity goes by now (as the background's store says).
const FORMER_IDS: Record<string, string> = { 'core:moscow': 'moscow' };

function annotate(request: AnnotateRequest): { mentions: MentionData[] } {
  const mentions: MentionData[] = [];
  request.blocks.forEach((text, block) => {
    for (const [name, entityId, type] of NAMES)
      for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1))
        mentions.push({ block, start, end: start + name.length, entityId, type, score: 0.9 });
  });
  return { mentions };
}

const card = (id: string) => ({
  id,
  type: 'place',
  name: id === 'putin' ? 'Vladimir Putin' : id === 'moscow-idaho' ? 'Moscow, Idaho' : 'Moscow',
  description: '',
  facts: [],
  aliases: [],
  wikipedia: null,
  flag: null,
  source: { key: 'core', name: 'Core', version: '', licence: 'CC0', url: '', asOf: '2026-05-01' },
});

const background = vi.fn(async (request: BackgroundRequest): Promise<unknown> => {
  if (request.type === 'annotate') return annotate(request);
  if (request.type === 'card') return { card: card(request.id) };
  if (request.type === 'currentIds') return { ids: request.ids.map((id) => FORMER_IDS[id] ?? id) };
  return { candidates: [] };
});
let settings: Settings = structuredClone(DEFAULT_SETTINGS);
let settingsListener: ((settings: Settings) => void) | null = null;
const siteChoices = vi.hoisted(() => ({ value: {} as Record<string, unknown> }));
type Listener = (message: unknown, sender: unknown, sendResponse: (answer: never) => void) => unknown;
const onMessage = vi.hoisted(() => ({ listeners: new Set<Listener>() }));

vi.mock('wxt/browser', () => ({
  browser: {
    i18n: { getMessage: (key: string) => key },
    runtime: {
      id: 'gloss-test',
      onMessage: {
        addListener: (listener: Listener) => onMessage.listeners.add(listener),
        removeListener: (listener: Listener) => onMessage.listeners.delete(listener),
      },
    },
  },
}));
vi.mock('@/extension/messaging', () => ({ sendToBackground: (r: BackgroundRequest) => background(r) }));
vi.mock('@/extension/settings-storage', () => ({
  loadSettings: async () => structuredClone(settings),
  saveSettings: vi.fn(async (next: Settings) => settingsListener?.(next)),
  watchSettings: (callback: (settings: Settings) => void) => {
    settingsListener = callback;
    return () => (settingsListener = null);
  },
}));
vi.mock('@/extension/choices-storage', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  loadSiteChoices: async () => siteChoices.value,
  saveChoice: vi.fn(async () => {}),
  watchChoices: () => () => {},
}));

const { startGloss: startWith } = await import('@/entrypoints/content/index');
// The card UI is the real module, imported directly: jsdom has no extension to load card-ui.js from.
const startGloss = (ctx: ContentScriptContext) =>
  startWith(ctx, () => import('@/entrypoints/content/card-ui'));

const host = () => document.querySelector('gloss-host') as HTMLElement | null;
const shadow = () => host()?.shadowRoot ?? null;
const count = () => host()?.getAttribute('data-gloss-mentions');
const ask = (message: unknown) =>
  new Promise<{ done?: boolean; entities?: { id: string; type: string }[] } | undefined>((resolve) => {
    for (const listener of onMessage.listeners) listener(message, {}, resolve);
    // A listener answers at once or not at all.
    resolve(undefined);
  });
let ctx: ContentScriptContext;

beforeEach(() => {
  settings = structuredClone(DEFAULT_SETTINGS);
  siteChoices.value = {};
  document.body.innerHTML = `<article><p>Vladimir Putin met envoys in Moscow.</p>
    <p><button id="before">before</button><input id="field"></p><p id="later">Moscow again later.</p></article>`;
  Element.prototype.scrollIntoView = vi.fn();
  ctx = new ContentScriptContext('content');
});

afterEach(() => {
  ctx.abort();
  host()?.remove();
});

describe('content script: hidden names and remembered choices', () => {
  it('neither highlights nor counts a hidden name, and applies the list live', async () => {
    settings = { ...settings, hiddenNames: ['moscow'] };
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('1'));
    settingsListener?.({ ...settings, hiddenNames: [] });
    expect(count()).toBe('3');
  });

  it('relinks a name to the reader’s remembered choice for this site', async () => {
    siteChoices.value = { moscow: { id: 'moscow-idaho', name: 'Moscow', type: 'other' } };
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    const info = await ask({ type: 'pageInfo' });
    expect(info?.entities?.map((e) => [e.id, e.type])).toEqual([
      ['moscow-idaho', 'other'],
      ['putin', 'person'],
    ]);
  });
});

describe('content script: a remembered choice of an id a merge retired', () => {
  it('links to the entity as it is now: listed once with the others, its card asked by its id now', async () => {
    document.body.innerHTML = '<p>Moscow, or Moskva as Russians write it.</p>';
    siteChoices.value = { moskva: { id: 'core:moscow', name: 'Moscow', type: 'place' } };
    background.mockClear();
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('2'));
    const info = (await ask({ type: 'pageInfo' })) as { entities?: { id: string; count: number }[] };
    expect(info.entities?.map((e) => [e.id, e.count])).toEqual([['moscow', 2]]);
    const text = document.querySelector('p')?.firstChild as Text;
    getSelection()?.setBaseAndExtent(text, 11, text, 17);
    expect(await ask({ type: 'openPanel' })).toEqual({ done: true });
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('.card')?.getAttribute('aria-label')).toBe('Moscow'),
    );
    const cards = background.mock.calls.flatMap(([r]) => (r.type === 'card' ? [r.id] : []));
    expect(cards).toEqual(['moscow']);
    getSelection()?.removeAllRanges();
  });
});

describe('content script: the popup’s reveal', () => {
  it('scrolls to the entity’s first mention and flashes it briefly', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    expect(await ask({ type: 'reveal', id: 'moscow' })).toEqual({ done: true });
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    expect(host()?.getAttribute('data-gloss-flash')).toBe('moscow');
    await vi.waitFor(() => expect(host()?.hasAttribute('data-gloss-flash')).toBe(false), { timeout: 3000 });
    expect(await ask({ type: 'reveal', id: 'nobody' })).toEqual({ done: false });
  });
});

describe('content script: the keyboard panel', () => {
  const press = (key: string) => {
    const target = shadow()?.activeElement ?? document.activeElement ?? document;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  };

  it('opens focused, Enter opens a focused card, Esc goes back step by step to where focus was', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    document.getElementById('before')?.focus();
    expect(await ask({ type: 'openPanel' })).toEqual({ done: true });
    // The panel shows once the card UI has loaded.
    const list = await vi.waitFor(
      () => shadow()?.querySelector('[role="listbox"]') ?? expect.fail('no panel'),
    );
    await vi.waitFor(() => expect(shadow()?.activeElement).toBe(list));
    expect([...(list?.querySelectorAll('[role="option"]') ?? [])].map((o) => o.textContent)).toEqual([
      'Vladimir PutinpanelMentions',
      'MoscowpanelMentions',
    ]);
    press('ArrowDown');
    await vi.waitFor(() => expect(list?.getAttribute('aria-activedescendant')).toBe('gloss-panel-1'));
    press('Enter');
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('.card:not(.panel)')?.getAttribute('aria-label')).toBe('Moscow'),
    );
    expect(shadow()?.activeElement?.getAttribute('role')).toBe('dialog');
    press('Escape');
    await vi.waitFor(() => expect(shadow()?.querySelector('.card:not(.panel)')).toBeNull());
    expect(shadow()?.activeElement).toBe(list);
    press('Escape');
    expect(shadow()?.querySelector('.panel')).toBeNull();
    expect(document.activeElement?.id).toBe('before');
  });

  it('never opens while a text field has focus', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    document.getElementById('field')?.focus();
    expect(await ask({ type: 'openPanel' })).toEqual({ done: false });
    expect(shadow()?.querySelector('.panel')).toBeNull();
  });

  it('opens the card of a selected name instead of the panel', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    const text = document.getElementById('later')?.firstChild as Text;
    getSelection()?.setBaseAndExtent(text, 0, text, 6);
    expect(await ask({ type: 'openPanel' })).toEqual({ done: true });
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('.card')?.getAttribute('aria-label')).toBe('Moscow'),
    );
    expect(shadow()?.querySelector('.panel')).toBeNull();
    getSelection()?.removeAllRanges();
  });
});

describe('content script: touch', () => {
  const touch = (type: string, x: number, y = 10) => {
    const event = new MouseEvent(type, { clientX: x, clientY: y, bubbles: true });
    Object.defineProperties(event, { pointerType: { value: 'touch' }, pointerId: { value: 7 } });
    document.dispatchEvent(event);
  };
  const layout = Range.prototype as { getClientRects?: () => unknown };
  const withCaret = document as { caretPositionFromPoint?: unknown };

  beforeEach(() => {
    const putin = document.querySelector('p')?.firstChild as Text;
    withCaret.caretPositionFromPoint = () => ({ offsetNode: putin, offset: 3 });
    layout.getClientRects = () => [{ left: 0, top: 0, right: 100, bottom: 20 }];
  });
  afterEach(() => {
    delete layout.getClientRects;
    delete withCaret.caretPositionFromPoint;
  });

  it('a tap on a name opens its card as a bottom sheet on a small screen; a tap elsewhere closes it', async () => {
    const width = window.innerWidth;
    window.innerWidth = 400;
    try {
      await startGloss(ctx);
      await vi.waitFor(() => expect(count()).toBe('3'));
      touch('pointerdown', 10);
      touch('pointerup', 12);
      await vi.waitFor(() =>
        expect(shadow()?.querySelector('.card.sheet')?.getAttribute('aria-label')).toBe('Vladimir Putin'),
      );
      withCaret.caretPositionFromPoint = () => null;
      touch('pointerdown', 300, 300);
      touch('pointerup', 300, 300);
      await vi.waitFor(() => expect(shadow()?.querySelector('.card')).toBeNull());
    } finally {
      window.innerWidth = width;
    }
  });

  it('a scroll or a drag never opens a card', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    touch('pointerdown', 10);
    document.dispatchEvent(new Event('scroll'));
    touch('pointerup', 10);
    touch('pointerdown', 10, 10);
    touch('pointermove', 10, 60);
    touch('pointerup', 10, 60);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shadow()?.querySelector('.card')).toBeNull();
  });
});

/** The ::highlight() rules Gloss installed, from an adopted sheet or its fallback <style>. */
function highlightRules(): string {
  const adopted = (document.adoptedStyleSheets ?? []).flatMap((sheet) =>
    [...sheet.cssRules].map((rule) => rule.cssText),
  );
  return [...adopted, ...[...(host()?.querySelectorAll('style') ?? [])].map((s) => s.textContent)].join('\n');
}

const annotateCalls = () => background.mock.calls.filter(([request]) => request.type === 'annotate').length;

describe('content script: highlight extent and style, live', () => {
  it('underlines every mention with highlightAll, and restyles without a reload', async () => {
    const registry = new Map<string, Set<Range>>();
    const view = window as unknown as { CSS: { highlights?: unknown }; Highlight?: unknown };
    view.Highlight = class extends Set<Range> {};
    view.CSS = { ...(view.CSS ?? {}), highlights: registry };
    background.mockClear();
    try {
      await startGloss(ctx);
      await vi.waitFor(() => expect(registry.get('gloss-place')?.size).toBe(1));
      settingsListener?.({ ...settings, highlightAll: true });
      await vi.waitFor(() => expect(registry.get('gloss-place')?.size).toBe(2));
      settingsListener?.({ ...settings, highlightAll: true, highlightStyle: 'none' });
      await vi.waitFor(() => expect(count()).toBe('3'));
      // "none" keeps the mentions (and their cards); only their look is gone.
      expect(registry.get('gloss-place')?.size).toBe(2);
      expect(highlightRules()).not.toContain('::highlight(gloss-place)');
      settingsListener?.({ ...settings, highlightAll: false, highlightStyle: 'background' });
      expect(registry.get('gloss-place')?.size).toBe(1);
      expect(highlightRules()).toContain('::highlight(gloss-place) { background-color');
      // Applied in place: the page was read and annotated once, with the first settings.
      expect(annotateCalls()).toBe(1);
      expect(count()).toBe('3');
    } finally {
      delete view.Highlight;
      delete view.CSS.highlights;
    }
  });
});
