// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { Settings } from '@/engine/settings';
import type { AnnotateRequest, BackgroundRequest, CardData, MentionData } from '@/engine/messages';
import type { EntityType } from '@/engine/types';

// The content script end to end in jsdom, with the background and storage replaced.
const NAMES: [string, string, EntityType][] = [
  ['Vladimir Putin', 'putin', 'person'],
  ['Moscow', 'moscow', 'place'],
  ['NATO', 'nato', 'organisation'],
];

function annotate(request: AnnotateRequest): { mentions: MentionData[] } {
  const mentions: MentionData[] = [];
  request.blocks.forEach((text, block) => {
    for (const [name, entityId, type] of NAMES)
      for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1))
        mentions.push({
          block,
          start,
          end: start + name.length,
          entityId,
          type,
          score: type === 'organisation' ? 0.4 : 0.9,
        });
  });
  return { mentions };
}

function cardOf(id: string): CardData {
  const [name, , type] = NAMES.find(([, other]) => other === id) ?? ['?', id, 'other'];
  return {
    id,
    type,
    name,
    description: `About ${name}`,
    facts: [],
    aliases: [],
    wikipedia: null,
    flag: null,
    source: {
      key: 'core',
      name: 'Gloss news core',
      version: '',
      licence: 'CC0',
      url: '',
      asOf: '2026-05-01',
    },
  };
}

const background = vi.fn(async (request: BackgroundRequest): Promise<unknown> =>
  request.type === 'annotate'
    ? annotate(request)
    : request.type === 'card'
      ? { card: cardOf(request.id) }
      : { candidates: [] },
);
let settingsListener: ((settings: Settings) => void) | null = null;

// wxt's fake browser cannot load under jsdom (esbuild's TextEncoder check fails), so the little the
// content script touches is stood in for here.
type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;
const onMessage = vi.hoisted(() => ({ listeners: new Set<Listener>() }));
vi.mock('wxt/browser', () => ({
  browser: {
    // The card's words: the key itself stands in for the English message.
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
vi.mock('@/extension/messaging', () => ({
  sendToBackground: (request: BackgroundRequest) => background(request),
}));
vi.mock('@/extension/settings-storage', () => ({
  loadSettings: async () => structuredClone(DEFAULT_SETTINGS),
  watchSettings: (callback: (settings: Settings) => void) => {
    settingsListener = callback;
    return () => (settingsListener = null);
  },
}));

const { startGloss: startWith } = await import('@/entrypoints/content/index');
const { cardUiLoader } = await import('@/entrypoints/content/card-ui-loader');
// The card UI is the real module, imported directly: jsdom has no extension to load card-ui.js from.
const startGloss = (ctx: ContentScriptContext) =>
  startWith(ctx, () => import('@/entrypoints/content/card-ui'));

const host = () => document.querySelector('gloss-host') as HTMLElement | null;
const count = () => host()?.getAttribute('data-gloss-mentions');
let ctx: ContentScriptContext;

beforeEach(() => {
  background.mockClear();
  document.body.innerHTML = `<article><h1>Moscow talks</h1>
    <p>Vladimir Putin met envoys in Moscow. NATO said little.</p>
    <pre>Moscow in code</pre><input value="Moscow"></article>`;
  ctx = new ContentScriptContext('content');
});

afterEach(() => {
  ctx.abort();
  host()?.remove();
});

describe('content script', () => {
  it('adds one host with an open shadow root and counts the mentions shown (threshold applied)', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    expect(document.querySelectorAll('gloss-host')).toHaveLength(1);
    expect(host()?.shadowRoot).not.toBeNull();
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(host()?.getAttribute('data-gloss-state')).toBe('ready');
    const request = background.mock.calls[0]?.[0] as AnnotateRequest;
    expect(request.blocks).toEqual([
      'Moscow talks',
      'Vladimir Putin met envoys in Moscow. NATO said little.',
    ]);
    expect(request.contextId).toMatch(/\S/);
  });

  it('highlights through CSS.highlights as gloss-<type>, and switching off removes them all', async () => {
    const registry = new Map<string, Set<Range>>();
    const view = window as unknown as { CSS: { highlights?: unknown }; Highlight?: unknown };
    view.Highlight = class extends Set<Range> {};
    view.CSS = { ...(view.CSS ?? {}), highlights: registry };
    try {
      await startGloss(ctx);
      await vi.waitFor(() => expect(count()).toBe('3'));
      // Moscow is mentioned twice: only its first mention is underlined; both open a card.
      expect(registry.get('gloss-place')?.size).toBe(1);
      expect([...(registry.get('gloss-person') ?? [])].map((range) => range.toString())).toEqual([
        'Vladimir Putin',
      ]);
      expect(registry.has('gloss-organisation')).toBe(false);
      settingsListener?.({ ...DEFAULT_SETTINGS, enabled: false });
      expect(registry.size).toBe(0);
    } finally {
      delete view.Highlight;
      delete view.CSS.highlights;
    }
  });

  it('tells the popup what it found on this page', async () => {
    const page = await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    expect(page?.info()).toEqual({
      hostname: location.hostname,
      enabled: true,
      entities: [
        { id: 'moscow', name: 'Moscow', type: 'place', count: 2 },
        { id: 'putin', name: 'Vladimir Putin', type: 'person', count: 1 },
      ],
    });
  });

  it('applies settings live: types and threshold re-filter without re-annotating; off removes all', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    const calls = background.mock.calls.length;
    settingsListener?.({
      ...DEFAULT_SETTINGS,
      threshold: 0.3,
      types: { ...DEFAULT_SETTINGS.types, place: false },
    });
    expect(count()).toBe('2');
    expect(background.mock.calls.length).toBe(calls);
    settingsListener?.({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    expect(count()).toBe('0');
    expect(host()?.getAttribute('data-gloss-state')).toBe('off');
    settingsListener?.({ ...DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(count()).toBe('3'));
  });

  it('annotates content added later, once, and drops mentions whose text is removed', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    const p = document.createElement('p');
    p.textContent = 'Later, Putin flew from Moscow.';
    document.querySelector('article')?.append(p);
    await vi.waitFor(() => expect(count()).toBe('4'));
    const lastRequest = background.mock.calls.at(-1)?.[0] as AnnotateRequest;
    expect(lastRequest.blocks).toEqual(['Later, Putin flew from Moscow.']);
    document.querySelector('h1')?.remove();
    await vi.waitFor(() => expect(count()).toBe('3'));
  });

  it('answers the popup pageInfo message and leaves other messages alone', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    const answers: unknown[] = [];
    const send = (message: unknown) =>
      [...onMessage.listeners].map((listener) => listener(message, {}, (answer) => answers.push(answer)));
    // Answered at once through sendResponse: the listener tells the browser not to wait for more.
    expect(send({ type: 'pageInfo' })).toEqual([false]);
    const info = answers[0] as { enabled: boolean; entities: unknown[] };
    expect(info.enabled).toBe(true);
    expect(info.entities).toHaveLength(2);
    answers.length = 0;
    expect(send({ type: 'other' })).toEqual([false]);
    expect(answers).toEqual([]);
  });

  it('opens a card on hover after the delay, labelled with the entity name, and Esc closes it', async () => {
    await startGloss(ctx);
    await vi.waitFor(() => expect(count()).toBe('3'));
    const putinText = [...document.querySelectorAll('p')][0]?.firstChild as Text;
    const withCaret = document as { caretPositionFromPoint?: unknown };
    withCaret.caretPositionFromPoint = () => ({ offsetNode: putinText, offset: 3 });
    // jsdom has no layout: every range sits on one line box at the top left.
    const layout = Range.prototype as { getClientRects?: () => unknown };
    layout.getClientRects = () => [{ left: 0, top: 0, right: 100, bottom: 20 }];
    try {
      const move = (x: number) =>
        document.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));
      move(10);
      await new Promise((resolve) => setTimeout(resolve, 40));
      move(11);
      const dialog = () => host()?.shadowRoot?.querySelector('[role="dialog"]');
      await vi.waitFor(() => expect(dialog()?.getAttribute('aria-label')).toBe('Vladimir Putin'), {
        timeout: 3000,
      });
      expect(dialog()?.querySelector('h2')?.textContent).toBe('Vladimir Putin');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await vi.waitFor(() => expect(dialog()).toBeNull());
    } finally {
      delete layout.getClientRects;
      delete withCaret.caretPositionFromPoint;
    }
  });

  it('loads the card UI only once the pointer reaches a name, before the hover delay, and once per page', async () => {
    const load = vi.fn(() => import('@/entrypoints/content/card-ui'));
    const page = await startWith(ctx, cardUiLoader(load));
    await vi.waitFor(() => expect(count()).toBe('3'));
    // Reading and highlighting the page need none of it.
    expect(load).not.toHaveBeenCalled();
    const putinText = [...document.querySelectorAll('p')][0]?.firstChild as Text;
    const withCaret = document as { caretPositionFromPoint?: unknown };
    withCaret.caretPositionFromPoint = () => ({ offsetNode: putinText, offset: 3 });
    const layout = Range.prototype as { getClientRects?: () => unknown };
    layout.getClientRects = () => [{ left: 0, top: 0, right: 100, bottom: 20 }];
    const dialog = () => host()?.shadowRoot?.querySelector('[role="dialog"]');
    const move = (x: number) =>
      document.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: 10, bubbles: true }));
    try {
      move(10);
      await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
      // Before the card's data is even looked up (after the dwell): the hover delay hides the load.
      expect(background.mock.calls.filter(([request]) => request.type === 'card')).toEqual([]);
      move(11);
      await vi.waitFor(() => expect(dialog()?.getAttribute('aria-label')).toBe('Vladimir Putin'), {
        timeout: 3000,
      });
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await vi.waitFor(() => expect(dialog()).toBeNull());
      // The panel comes from the same module, already loaded.
      expect(page?.openPanel()).toBe(true);
      await vi.waitFor(() => expect(host()?.shadowRoot?.querySelector('[role="listbox"]')).toBeTruthy());
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      delete layout.getClientRects;
      delete withCaret.caretPositionFromPoint;
    }
  });

  it('does nothing on a site the reader switched off', async () => {
    const storage = await import('@/extension/settings-storage');
    vi.spyOn(storage, 'loadSettings').mockResolvedValueOnce({ ...DEFAULT_SETTINGS, enabled: false });
    const page = await startGloss(ctx);
    expect(host()).toBeNull();
    expect(background).not.toHaveBeenCalled();
    expect(page?.info().enabled).toBe(false);
  });
});
