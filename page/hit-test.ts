import type { MentionIndex, PageMention } from './mention-index';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretPositionFn = (x: number, y: number) => { offsetNode: Node; offset: number } | null;
type CaretRangeFn = (x: number, y: number) => Range | null;

/**
 * The text position under a viewport point: `caretPositionFromPoint` (Firefox, Chromium 128+) or
 * `caretRangeFromPoint` (older Chromium). Null where the browser has neither (jsdom).
 */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const withApis = doc as Document & {
    caretPositionFromPoint?: CaretPositionFn;
    caretRangeFromPoint?: CaretRangeFn;
  };
  if (typeof withApis.caretPositionFromPoint === 'function') {
    const position = withApis.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof withApis.caretRangeFromPoint === 'function') {
    const range = withApis.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The first rect containing the point (edges included), allowing `slop` px around each. */
export function rectAt(rects: Iterable<RectLike>, x: number, y: number, slop = 0): RectLike | null {
  for (const rect of rects) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop)
      return rect;
  }
  return null;
}

export interface Hit {
  mention: PageMention;
  /** The line box of the mention under the pointer: the card is placed against it. */
  rect: RectLike;
}

/**
 * The mention under the pointer. Caret APIs answer the nearest text position even over blank space
 * past the end of a line, so the hit is confirmed against the mention's own client rects.
 */
export function mentionAtPoint(
  doc: Document,
  index: MentionIndex,
  point: { x: number; y: number },
  accept?: (mention: PageMention) => boolean,
): Hit | null {
  const caret = caretAt(doc, point.x, point.y);
  if (!caret) return null;
  // A caret between two adjacent mentions touches both; the rects decide which one is under the pointer.
  for (const mention of index.at(caret.node, caret.offset, accept)) {
    const rect = rectAt(Array.from(mention.range.getClientRects()), point.x, point.y, 1);
    if (rect) return { mention, rect };
  }
  return null;
}
