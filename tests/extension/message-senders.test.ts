/**
 * Issue 6, points 5 and 6: who may talk to the background. Every kind of request from another
 * extension or from something that is not this extension is ignored (no answer); a content script
 * (a web page's frame) may annotate and ask for cards but may not run a command; and the background
 * listens on no channel another extension or a page can open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandler } from '@/extension/background-server';
import type { Sender } from '@/extension/background-server';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import { loadStore } from '@/engine/store';
import { STORE_PATH } from '@/engine/types';
import { miniStore } from '../fixtures/mini-store';

const OWN_ID = 'gloss-own-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

const REQUESTS = [
  { type: 'annotate', blocks: ['Vladimir Putin met Xi Jinping in Hong Kong.'] },
  { type: 'card', id: 'core:vladimir-putin' },
  { type: 'candidates', surface: 'Putin' },
  { type: 'currentIds', ids: ['core:vladimir-putin'] },
  { type: 'namedIds', names: ['Vladimir Putin'] },
  { type: 'command', name: 'toggle-site' },
  { type: 'command', name: 'open-panel' },
];

const STRANGERS: [string, Sender][] = [
  ['another extension', { id: 'other-extension-id', url: 'chrome-extension://other/page.html' }],
  [
    'another extension’s content script',
    { id: 'other-extension-id', tab: { id: 3 }, url: 'https://a.example/' },
  ],
  ['a sender with no id (a web page)', { url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 }],
  ['an id that only looks like ours', { id: `${OWN_ID} `, tab: { id: 3 } }],
  ['an empty sender', {}],
];

function handler() {
  const store = loadStore(miniStore());
  return createMessageHandler({
    extensionId: OWN_ID,
    extensionOrigin: OWN_ORIGIN,
    getStore: async () => store,
    getSettings: async () => ({ ...DEFAULT_SETTINGS }),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('messages to the background', () => {
  it.each(STRANGERS)('from %s get no answer, whatever they ask', async (_who, sender) => {
    const handle = handler();
    for (const request of REQUESTS) expect(handle(structuredClone(request), sender)).toBeUndefined();
    expect(console.warn).toHaveBeenCalledTimes(REQUESTS.length);
  });

  it('from a content script (a web page’s frame) may annotate and ask for a card, not run a command', async () => {
    const handle = handler();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'query');
    const pages = [
      'https://news.example/story',
      'http://news.example/',
      'file:///home/a/page.html',
      'data:text/html,<p>hi</p>',
      'blob:https://news.example/1f0c',
      'about:blank',
    ];
    for (const url of pages) {
      const sender: Sender = { id: OWN_ID, tab: { id: 3, windowId: 1 }, frameId: 0, url };
      expect(await handle(REQUESTS[0], sender)).toMatchObject({ mentions: expect.any(Array) });
      expect(await handle(REQUESTS[1], sender)).toMatchObject({ card: { name: 'Vladimir Putin' } });
      expect(await handle(REQUESTS[3], sender)).toEqual({ ids: ['core:vladimir-putin'] });
      expect(await handle(REQUESTS[4], sender)).toEqual({ ids: ['core:vladimir-putin'] });
      expect(await handle({ type: 'command', name: 'toggle-site' }, sender)).toEqual({ done: false });
      expect(await handle({ type: 'command', name: 'open-panel' }, sender)).toEqual({ done: false });
    }
    // Refused before looking for a tab to act on.
    expect(tabs).not.toHaveBeenCalled();
  });

  it('from the extension’s own page (the popup) may run a command', async () => {
    const handle = handler();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'query');
    const popup: Sender = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
    await handle({ type: 'command', name: 'toggle-site' }, popup);
    // Accepted: the command went on to find the tab to act on.
    expect(tabs).toHaveBeenCalled();
  });

  it('the background listens to no external channel: other extensions and pages have nothing to open', async () => {
    const external = {
      onMessageExternal: { addListener: vi.fn() },
      onConnectExternal: { addListener: vi.fn() },
      onConnect: { addListener: vi.fn() },
    };
    const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
    const saved = Object.fromEntries(Object.keys(external).map((key) => [key, runtime[key]]));
    Object.assign(runtime, external);
    vi.stubGlobal('fetch', async (url: string) =>
      url === fakeBrowser.runtime.getURL(STORE_PATH)
        ? new Response(JSON.stringify(miniStore()))
        : new Response('', { status: 404 }),
    );
    vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const { default: background } = await import('@/entrypoints/background');
      background.main();
      // It does listen where this extension's own pages and content scripts talk to it.
      const own = { id: fakeBrowser.runtime.id, frameId: 0, url: fakeBrowser.runtime.getURL('/popup.html') };
      const answers = await fakeBrowser.runtime.onMessage.trigger(REQUESTS[1], own);
      expect(await answers[0]).toMatchObject({ card: { name: 'Vladimir Putin' } });
      for (const [name, channel] of Object.entries(external))
        expect(channel.addListener, name).not.toHaveBeenCalled();
    } finally {
      Object.assign(runtime, saved);
    }
  });
});
