import type { Tab } from './types';
import { sleep } from './util';

/**
 * Polls `probe` in the tab until `done` holds, and returns the value that satisfied it. On timeout
 * the error shows the last value seen, which is usually what explains the failure.
 */
export async function waitForState<T>(
  tab: Tab,
  probe: () => T,
  done: (value: T) => boolean,
  { timeout = 10_000, interval = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await tab.evaluate(probe, undefined);
      if (done(last)) return last;
    } catch (error) {
      // A navigation in progress destroys the execution context: try again.
      lastError = error;
    }
    await sleep(interval);
  }
  throw new Error(
    `Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}` +
      (lastError ? `; last error: ${String(lastError)}` : ''),
  );
}

/**
 * Asserts that `hold` stays true for `duration` ms: the only way to show that something does not
 * happen (highlights coming back after a reload of a switched-off site).
 */
export async function expectToHold<T>(
  tab: Tab,
  probe: () => T,
  hold: (value: T) => boolean,
  { duration = 1500, interval = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + duration;
  let last = await tab.evaluate(probe, undefined);
  for (;;) {
    if (!hold(last)) throw new Error(`${what} stopped holding: ${JSON.stringify(last)}`);
    if (Date.now() >= deadline) return last;
    await sleep(interval);
    last = await tab.evaluate(probe, undefined);
  }
}
