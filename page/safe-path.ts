import type { RectLike } from './hit-test';

export interface Point {
  x: number;
  y: number;
}

/**
 * Whether the pointer, having left a mention at `from`, is heading for the card: `to` lies inside a
 * cone of `angle` degrees (UX.md, after 10ten: about 120) from `from` towards the card's nearest
 * point, and no farther than that point. Crossing other names on the way then opens no other card.
 */
export function isTowardCard(from: Point, to: Point, card: RectLike, angle = 120): boolean {
  const target = {
    x: Math.max(card.left, Math.min(from.x, card.right)),
    y: Math.max(card.top, Math.min(from.y, card.bottom)),
  };
  const toCard = { x: target.x - from.x, y: target.y - from.y };
  const moved = { x: to.x - from.x, y: to.y - from.y };
  const cardDistance = Math.hypot(toCard.x, toCard.y);
  const movedDistance = Math.hypot(moved.x, moved.y);
  if (movedDistance === 0) return true;
  // The pointer already over the card's box is handled as "over the card" by the caller.
  if (cardDistance === 0) return false;
  const cos = (toCard.x * moved.x + toCard.y * moved.y) / (cardDistance * movedDistance);
  return cos >= Math.cos(((angle / 2) * Math.PI) / 180) && movedDistance <= cardDistance + 1;
}
