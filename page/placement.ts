export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlacementInput {
  /** The mention's line box, in viewport coordinates. */
  anchor: Box;
  card: Size;
  viewport: Size;
  /** Space kept free at the viewport's edges (UX.md: 5 px). */
  gutter?: number;
  /** Space between the text and the card (UX.md: 8-10 px). */
  offset?: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card sits above the mention (it was past half the viewport's height). */
  above: boolean;
  /** The card grows leftwards from the mention's right edge (it was past half the width). */
  leftward: boolean;
}

function clamp(value: number, min: number, max: number): number {
  // When the card is larger than the room, its top-left corner wins: the heading stays readable.
  return Math.max(min, Math.min(value, max));
}

/**
 * Where the card goes (UX.md, after Page Previews and 10ten): below the mention, above it when the
 * mention is in the lower half of the viewport; aligned to its left edge, or growing leftwards from
 * its right edge in the right half; always inside the viewport with a gutter.
 */
export function placeCard(input: PlacementInput): Placement {
  const { anchor, card, viewport } = input;
  const gutter = input.gutter ?? 5;
  const offset = input.offset ?? 8;
  const above = anchor.top + anchor.height / 2 > viewport.height / 2;
  const leftward = anchor.left + anchor.width / 2 > viewport.width / 2;
  const top = above ? anchor.top - offset - card.height : anchor.top + anchor.height + offset;
  const left = leftward ? anchor.left + anchor.width - card.width : anchor.left;
  return {
    left: clamp(left, gutter, viewport.width - gutter - card.width),
    top: clamp(top, gutter, viewport.height - gutter - card.height),
    above,
    leftward,
  };
}
