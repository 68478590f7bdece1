/**
 * Issue 6, point 5: the background's message handler under 10,000+ malformed, oversized and
 * wrong-typed messages (seeded, so a failure reproduces). Nothing throws, every invalid message is
 * ignored with a warning and no answer, and valid ones are still answered, also after the storm.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { MAX_BLOCKS_PER_REQUEST, MAX_CHARS_PER_REQUEST } from '@/engine/messages';
import { STORE_PATH } from '@/engine/types';
import { miniStore } from '../fixtures/mini-store';
import { int, pick, randomString, randomValue, seededRng } from './fuzz-random';
import type { Rng } from './fuzz-random';

const SEED = 20261127;
const MESSAGES = 10_000;
const self = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 }, frameId: 0 });

type Expect = 'invalid' | 'annotate' | 'card' | 'any';

/** A message that breaks exactly one rule of the protocol. */
function brokenMessage(rng: Rng): unknown {
  const blocks = () => Array.from({ length: 1 + int(rng, 3) }, () => 'Vladimir Putin');
  return pick(rng, [
    () => randomValue(rng, 0),
    () => [{ type: 'annotate', blocks: blocks() }],
    () => ({
      type: pick(rng, ['Annotate', 'ANNOTATE', '', 'annotate ', 'cards', 7, null]),
      blocks: blocks(),
    }),
    () => ({ type: 'annotate', blocks: randomValue(rng, 0) }),
    () => ({ type: 'annotate', blocks: [...blocks(), pick(rng, [5, null, {}, [], true, undefined])] }),
    () => ({ type: 'annotate', blocks: ['x', 42] }),
    () => ({ type: 'annotate', blocks: Array.from({ length: MAX_BLOCKS_PER_REQUEST + 1 }, () => 'a') }),
    () => ({ type: 'annotate', blocks: ['a'.repeat(MAX_CHARS_PER_REQUEST + 1)] }),
    () => ({ type: 'annotate', blocks: blocks(), contextId: pick(rng, [5, {}, [], 'c'.repeat(101), null]) }),
    () => ({ type: 'card', id: pick(rng, ['', 'i'.repeat(201), 3, null, {}, ['core:x']]) }),
    () => ({ type: 'card' }),
  ])();
}

function validMessage(rng: Rng): { message: unknown; expect: Expect } {
  if (rng() < 0.5)
    return {
      message: { type: 'card', id: pick(rng, ['core:hong-kong', randomString(rng).slice(0, 200) || 'x']) },
      expect: 'card',
    };
  const blocks = Array.from({ length: int(rng, 4) }, () =>
    pick(rng, ['Vladimir Putin met Xi Jinping.', randomString(rng)]),
  );
  return { message: { type: 'annotate', blocks, contextId: `page-${int(rng, 80)}` }, expect: 'annotate' };
}

/** One message of the storm and what its answer must be. */
function nextCase(rng: Rng): { message: unknown; expect: Expect } {
  const roll = rng();
  if (roll < 0.6) return { message: brokenMessage(rng), expect: 'invalid' };
  if (roll < 0.8) return { message: randomValue(rng, 3), expect: 'any' };
  return validMessage(rng);
}

function checkAnswer(answer: unknown, expected: Expect): string | null {
  const isAnnotate =
    typeof answer === 'object' &&
    answer !== null &&
    Array.isArray((answer as { mentions?: unknown }).mentions);
  const isCard = typeof answer === 'object' && answer !== null && 'card' in answer;
  if (expected === 'invalid' && answer !== undefined) return 'answered an invalid message';
  if (expected === 'annotate' && !isAnnotate) return 'no mentions for a valid annotate';
  if (expected === 'card' && !isCard) return 'no card answer for a valid card request';
  if (expected === 'any' && answer !== undefined && !isAnnotate && !isCard) return 'a malformed answer';
  return null;
}

/**
 * Delivers a message as the browser does: runtime messages are cloned on the way (structured clone
 * in Firefox, JSON in Chromium), so what arrives is plain data, never an object with a custom prototype.
 */
async function send(message: unknown, sender: object = self()): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(structuredClone(message), sender);
  return await answers[0];
}

describe(`background message handler under fuzzing (seed ${SEED})`, () => {
  let warn: { mock: { calls: unknown[][] } };
  beforeEach(() => {
    fakeBrowser.reset();
    const body = JSON.stringify(miniStore());
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === fakeBrowser.runtime.getURL(STORE_PATH)
          ? new Response(body)
          : new Response('', { status: 404 }),
      ),
    );
    vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    background.main();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it(`survives ${MESSAGES} malformed, oversized and wrong-typed messages and still answers valid ones`, async () => {
    const rng = seededRng(SEED);
    const failures: string[] = [];
    let invalid = 0;
    for (let i = 0; i < MESSAGES && failures.length < 5; i++) {
      const { message, expect: expected } = nextCase(rng);
      if (expected === 'invalid') invalid++;
      try {
        const problem = checkAnswer(await send(message), expected);
        if (problem) failures.push(`#${i}: ${problem}: ${JSON.stringify(message)?.slice(0, 200)}`);
      } catch (error) {
        failures.push(`#${i}: threw ${String(error)}: ${JSON.stringify(message)?.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    // Every rejected message is reported, with the reason.
    const ignored = warn.mock.calls.filter((call) =>
      String(call[0]).startsWith('Gloss: ignored an invalid message'),
    );
    expect(ignored.length).toBeGreaterThanOrEqual(invalid);
    const after = (await send({
      type: 'annotate',
      blocks: ['Vladimir Putin met Xi Jinping in Hong Kong.'],
    })) as {
      mentions: { entityId: string }[];
    };
    expect(after.mentions.map((m) => m.entityId)).toContain('core:vladimir-putin');
  }, 120_000);

  it('ignores valid-looking messages from web pages and other extensions', async () => {
    const rng = seededRng(SEED + 1);
    for (let i = 0; i < 500; i++) {
      const { message } = validMessage(rng);
      const sender = pick(rng, [
        { id: 'other-extension' },
        { url: 'https://example.com/' },
        {},
        { id: undefined, tab: { id: 1 } },
      ]);
      expect(await send(message, sender)).toBeUndefined();
    }
  });
});
