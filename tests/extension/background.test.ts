import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { annotateBlocks } from '@/engine/annotate';
import type * as AnnotateModule from '@/engine/annotate';
import type { AnnotateResponse, CardResponse, CurrentIdsResponse } from '@/engine/messages';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import { STORE_PATH } from '@/engine/types';
import { saveSettings } from '@/extension/settings-storage';
import { miniStore } from '../fixtures/mini-store';

// A spy that still runs the real engine, to see which options the background passes.
vi.mock('@/engine/annotate', async (importOriginal) => {
  const real = await importOriginal<typeof AnnotateModule>();
  return { ...real, annotateBlocks: vi.fn(real.annotateBlocks) };
});

const self = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0 });

/** Delivers a message as the browser would, with a sender, and returns the listener's answer. */
async function send<T>(message: unknown, sender: object = self()): Promise<T | undefined> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return (await answers[0]) as T | undefined;
}

function serveStore(body: string, status = 200) {
  const fetchMock = vi.fn(async (url: string) =>
    url === fakeBrowser.runtime.getURL(STORE_PATH)
      ? new Response(body, { status })
      : new Response('', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(annotateBlocks).mockClear();
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('background with a working store', () => {
  let fetchMock: ReturnType<typeof serveStore>;
  beforeEach(() => {
    fetchMock = serveStore(JSON.stringify(miniStore()));
    background.main();
  });

  it('answers annotate with linked mentions', async () => {
    const answer = await send<AnnotateResponse>({
      type: 'annotate',
      blocks: ['Vladimir Putin met Xi Jinping in Hong Kong.'],
    });
    expect(answer?.mentions.map((m) => [m.block, m.start, m.end, m.entityId])).toEqual([
      [0, 0, 14, 'core:vladimir-putin'],
      [0, 19, 29, 'core:xi-jinping'],
      [0, 33, 42, 'core:hong-kong'],
    ]);
  });

  it('loads the store once for many messages', async () => {
    await Promise.all([
      send({ type: 'annotate', blocks: ['Hong Kong'] }),
      send({ type: 'card', id: 'core:hong-kong' }),
      send({ type: 'annotate', blocks: ['Asia'] }),
    ]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps a page context across requests with the same contextId and tab', async () => {
    await send({ type: 'annotate', blocks: ['Vladimir Putin spoke.'], contextId: 'page-1' });
    const same = await send<AnnotateResponse>({
      type: 'annotate',
      blocks: ['Putin said no.'],
      contextId: 'page-1',
    });
    const otherTab = await send<AnnotateResponse>(
      { type: 'annotate', blocks: ['Putin said no.'], contextId: 'page-1' },
      { ...self(), tab: { id: 8 } },
    );
    const putin = (answer?: AnnotateResponse) =>
      answer?.mentions.find((m) => m.entityId === 'core:vladimir-putin');
    // The full name seen earlier on the same page makes the bare surname a confident link.
    expect(putin(same)?.score).toBeGreaterThan(DEFAULT_SETTINGS.threshold);
    expect(putin(otherTab)?.score ?? 0).toBeLessThan(putin(same)?.score ?? 0);
  });

  it('passes the demonyms setting to the engine and follows changes', async () => {
    await send({ type: 'annotate', blocks: ['Chinese officials'] });
    expect(vi.mocked(annotateBlocks).mock.lastCall?.[2]?.demonyms).toBe(false);
    await saveSettings({ ...DEFAULT_SETTINGS, demonyms: true });
    await vi.waitFor(async () => {
      await send({ type: 'annotate', blocks: ['Chinese officials'] });
      expect(vi.mocked(annotateBlocks).mock.lastCall?.[2]?.demonyms).toBe(true);
    });
  });

  it('answers card with the entity data, and null for an unknown id', async () => {
    const answer = await send<CardResponse>({ type: 'card', id: 'core:vladimir-putin' });
    expect(answer?.card).toMatchObject({
      name: 'Vladimir Putin',
      type: 'person',
      wikipedia: 'Vladimir Putin',
    });
    expect(answer?.card?.source.name).toBe('Gloss news core');
    expect(await send<CardResponse>({ type: 'card', id: 'nope:missing' })).toEqual({ card: null });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an unknown type', { type: 'steal', id: 'x' }],
    ['blocks that are not strings', { type: 'annotate', blocks: [1, 2] }],
    ['a card without an id', { type: 'card' }],
    ['an overlong contextId', { type: 'annotate', blocks: [], contextId: 'x'.repeat(500) }],
  ])('ignores %s with a warning and keeps working', async (_name, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await send(message)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid message'));
    const after = await send<AnnotateResponse>({ type: 'annotate', blocks: ['Asia'] });
    expect(after?.mentions[0]?.entityId).toBe('wn:asia');
  });

  it('ignores messages from other extensions', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await send({ type: 'card', id: 'core:nato' }, { id: 'some-other-extension' })).toBeUndefined();
    // fakeBrowser's sendMessage gives no sender id, like a sender that is not this extension.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'card', id: 'core:nato' })).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('background with a broken store', () => {
  it.each([
    ['not JSON', '{"format": 1, "entities": [', 200],
    ['not a store', JSON.stringify({ format: 99, entities: 'none' }), 200],
    ['missing', '', 404],
  ])('reports a store that is %s and answers with nothing', async (_name, body, status) => {
    serveStore(body, status);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    background.main();
    expect(await send({ type: 'annotate', blocks: ['Vladimir Putin in Asia'] })).toEqual({ mentions: [] });
    expect(await send({ type: 'card', id: 'core:vladimir-putin' })).toEqual({ card: null });
    // A saved choice's id is kept as it is: nothing says it changed.
    expect(await send({ type: 'currentIds', ids: ['core:nato'] })).toEqual({ ids: ['core:nato'] });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not be loaded'), expect.any(Error));
  });
});

describe('background with an entity a merge gave another id', () => {
  // As a build gives it when the news core's Kremlin entry is folded into WordNet's.
  beforeEach(() => {
    const store = miniStore();
    const kremlin = store.entities.find((e) => e.id === 'core:kremlin')!;
    Object.assign(kremlin, { id: 'wn:kremlin', formerIds: ['core:kremlin'] });
    serveStore(JSON.stringify(store));
    background.main();
  });

  it('opens the merged entity for a saved choice of the former id', async () => {
    const answer = await send<CardResponse>({ type: 'card', id: 'core:kremlin' });
    expect(answer?.card).toMatchObject({ id: 'wn:kremlin', name: 'Kremlin' });
  });

  it('says which id each saved id goes by now, keeping ids it does not know', async () => {
    const answer = await send<CurrentIdsResponse>({
      type: 'currentIds',
      ids: ['core:kremlin', 'core:nato', 'core:gone'],
    });
    expect(answer).toEqual({ ids: ['wn:kremlin', 'core:nato', 'core:gone'] });
  });

  it.each([
    ['ids that are not a list', { type: 'currentIds', ids: 'core:kremlin' }],
    ['an empty id', { type: 'currentIds', ids: [''] }],
    ['an overlong id', { type: 'currentIds', ids: ['x'.repeat(201)] }],
    ['more ids than a site keeps choices', { type: 'currentIds', ids: Array(501).fill('core:nato') }],
  ])('answers nothing to %s', async (_name, message) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await send(message)).toBeUndefined();
  });
});
