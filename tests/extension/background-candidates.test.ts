import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { CandidatesResponse } from '@/engine/messages';
import { STORE_PATH } from '@/engine/types';
import { miniStore } from '../fixtures/mini-store';

async function send<T>(message: unknown): Promise<T | undefined> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });
  return (await answers[0]) as T | undefined;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const body = JSON.stringify(miniStore());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === fakeBrowser.runtime.getURL(STORE_PATH) ? new Response(body) : new Response('', { status: 404 }),
    ),
  );
  background.main();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('background: "Not this?" candidates', () => {
  it('answers every entity the store has for a name, in prior order', async () => {
    const answer = await send<CandidatesResponse>({ type: 'candidates', surface: 'Georgia' });
    expect(answer?.candidates.map((c) => c.id)).toEqual(['wc:georgia', 'wn:georgia-state']);
  });

  it('answers nothing to a malformed request', async () => {
    expect(await send({ type: 'candidates', surface: 42 })).toBeUndefined();
  });
});

describe('background: commands sent as messages', () => {
  it('refuses a command from a web page’s content script', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'command', name: 'toggle-site' }, {
      id: fakeBrowser.runtime.id,
      tab: { id: 4, windowId: 1 },
      url: 'https://news.example.com/a',
    } as never);
    expect(await answers[0]).toEqual({ done: false });
  });
});
