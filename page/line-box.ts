import type { RectLike } from './hit-test';

const NO_RECT: RectLike = { left: 0, top: 0, right: 0, bottom: 0 };

/** The first line box of a Range (where a card opened by keyboard or touch is placed); jsdom has no layout. */
export function firstLineOf(range: Range): RectLike {
  if (typeof range.getClientRects !== 'function') return NO_RECT;
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}
