import type { Rect, Tab } from './types';
import { sleep } from './util';

/**
 * Rests the pointer on the middle of `rect` the way a reader does: a jump to just beside it, then a
 * slow approach. Gloss rightly ignores a pointer sweeping fast across text (UX.md: >= 0.5 px/ms), and
 * a single synthetic jump has no speed at all, so the pauses here are the motion itself, not waits.
 */
export async function restPointerOn(tab: Tab, rect: Rect): Promise<void> {
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  const steps = 4;
  const stepPx = 5;
  const stepMs = 30; // 5 px / 30 ms is about 0.17 px/ms: a reader's pace
  await tab.mouseMove(x - steps * stepPx, y);
  for (let i = steps - 1; i >= 0; i--) {
    await sleep(stepMs);
    await tab.mouseMove(x - i * stepPx, y);
  }
}

/** Moves the pointer to a corner where nothing is highlighted. */
export async function parkPointer(tab: Tab): Promise<void> {
  await tab.mouseMove(2, 2);
}
