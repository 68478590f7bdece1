/** How far a finger may move, and for how long it may stay down, for a touch to count as a tap. */
export const TAP_SLOP_PX = 10;
export const TAP_MAX_MS = 500;

interface Down {
  id: number;
  x: number;
  y: number;
  time: number;
}

export interface TouchSample {
  pointerId: number;
  x: number;
  y: number;
  time: number;
}

/**
 * Tells a tap from a scroll or a drag (UX.md: scrolling never opens a card): a touch that ends near
 * where it began, soon, with no scroll and no cancel (the browser cancels a pointer it turns into a
 * pan) in between.
 */
export class TapDetector {
  private down: Down | null = null;

  start(sample: TouchSample): void {
    this.down = { id: sample.pointerId, x: sample.x, y: sample.y, time: sample.time };
  }

  /** Any scroll, pan or cancel while the finger is down: not a tap. */
  cancel(): void {
    this.down = null;
  }

  move(sample: TouchSample): void {
    const down = this.down;
    if (
      down &&
      down.id === sample.pointerId &&
      Math.hypot(sample.x - down.x, sample.y - down.y) > TAP_SLOP_PX
    )
      this.down = null;
  }

  /** True when this lift ends a tap. */
  end(sample: TouchSample): boolean {
    const down = this.down;
    this.down = null;
    if (!down || down.id !== sample.pointerId) return false;
    const still = Math.hypot(sample.x - down.x, sample.y - down.y) <= TAP_SLOP_PX;
    return still && sample.time - down.time <= TAP_MAX_MS;
  }
}
