/** Timers and time, injected so tests can drive them (and the content script can use WXT's ctx). */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverIntentOptions<T> {
  /** Earliest the card shows after the pointer arrives on a mention (settings.hoverDelayMs). */
  hoverDelayMs: number;
  /** Time on a mention before its card is looked up (UX.md: 150 ms). */
  dwellMs?: number;
  /** Time a card stays after the pointer leaves the mention or the card (UX.md: 300 ms). */
  graceMs?: number;
  /** Mean pointer speed, px/ms, at or above which nothing opens (UX.md, after 10ten: 0.5). */
  fastSpeed?: number;
  clock?: Clock;
  /**
   * Safe path into the card (UX.md): whether a pointer that left the shown mention at `from` and is
   * now at `to` is heading for the card. While it is, no other card opens and the card stays.
   */
  towardCard?: (from: { x: number; y: number }, to: { x: number; y: number }) => boolean;
  /** Whether two targets are the same mention (default: ===). */
  same?: (a: T, b: T) => boolean;
  /** Start fetching the card's data: the pointer dwelt on the target. */
  onLookup(target: T): void;
  onShow(target: T): void;
  onHide(): void;
}

/** One pointer observation. */
export interface PointerSample<T> {
  x: number;
  y: number;
  /** ms, e.g. the event's timeStamp: only differences are used, for the speed. */
  time: number;
  /** The mention under the pointer, or null. */
  target: T | null;
  /** The pointer is over the open card. */
  overCard?: boolean;
  /** A text field has focus: no card may open (UX.md complaint 3). */
  blocked?: boolean;
}

interface Pending<T> {
  target: T;
  timers: unknown[];
}

const defaultClock: Clock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * When a hover card opens and closes: a small state machine fed pointer samples and keys, so the
 * timing of UX.md (dwell, earliest show, no card on a fast sweep, grace, Esc) is testable with fake timers.
 */
export class HoverIntent<T> {
  private pending: Pending<T> | null = null;
  private shown: T | null = null;
  private grace: unknown = null;
  // The mention whose card Esc closed: it stays closed until the pointer leaves it.
  private suppressed: T | null = null;
  private samples: { x: number; y: number; time: number }[] = [];
  // Where the pointer last was on the shown mention: the apex of the safe path to the card.
  private exit: { x: number; y: number } | null = null;
  private readonly clock: Clock;
  private readonly same: (a: T, b: T) => boolean;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.clock = options.clock ?? defaultClock;
    this.same = options.same ?? ((a, b) => a === b);
  }

  get current(): T | null {
    return this.shown;
  }

  setHoverDelay(ms: number): void {
    this.options.hoverDelayMs = ms;
  }

  pointer(sample: PointerSample<T>): void {
    const fast = this.record(sample);
    if (sample.overCard && this.shown !== null) {
      this.cancelGrace();
      this.cancelPending();
      return;
    }
    let target = sample.blocked ? null : sample.target;
    if (this.suppressed !== null && !(target !== null && this.same(target, this.suppressed)))
      this.suppressed = null;
    if (this.suppressed !== null) target = null;
    if (target !== null && this.shown !== null && this.same(target, this.shown)) {
      this.exit = { x: sample.x, y: sample.y };
      this.cancelGrace();
      this.cancelPending();
      return;
    }
    if (this.onSafePath(sample)) return;
    if (target === null || fast) {
      this.cancelPending();
    } else if (!this.pending || !this.same(this.pending.target, target)) {
      this.startPending(target);
    }
    if (this.shown !== null) this.startGrace();
  }

  /** Esc: closes the card at once (or stops one about to open). Returns whether anything closed. */
  escape(): boolean {
    const target = this.shown ?? this.pending?.target ?? null;
    if (target === null) return false;
    this.suppressed = target;
    this.close();
    return true;
  }

  /** Closes without delay, e.g. when the page scrolls away under the card. */
  close(): void {
    this.cancelPending();
    this.cancelGrace();
    if (this.shown === null) return;
    this.shown = null;
    this.options.onHide();
  }

  dispose(): void {
    this.cancelPending();
    this.cancelGrace();
    this.shown = null;
    this.samples = [];
  }

  /** On the way to the card: the grace restarts on each move, so stopping short still closes it. */
  private onSafePath(sample: PointerSample<T>): boolean {
    if (this.shown === null || this.exit === null || !this.options.towardCard) return false;
    if (!this.options.towardCard(this.exit, { x: sample.x, y: sample.y })) return false;
    this.cancelPending();
    this.cancelGrace();
    this.startGrace();
    return true;
  }

  /** Keeps the last three samples; true when the mean speed over the last two moves is too fast. */
  private record(sample: PointerSample<T>): boolean {
    this.samples.push({ x: sample.x, y: sample.y, time: sample.time });
    if (this.samples.length > 3) this.samples.shift();
    const speeds: number[] = [];
    for (let i = 1; i < this.samples.length; i++) {
      const a = this.samples[i - 1] as { x: number; y: number; time: number };
      const b = this.samples[i] as { x: number; y: number; time: number };
      speeds.push(Math.hypot(b.x - a.x, b.y - a.y) / Math.max(b.time - a.time, 1));
    }
    if (speeds.length === 0) return false;
    const mean = speeds.reduce((sum, speed) => sum + speed, 0) / speeds.length;
    return mean >= (this.options.fastSpeed ?? 0.5);
  }

  private startPending(target: T): void {
    this.cancelPending();
    const dwell = this.options.dwellMs ?? 150;
    const lookup = this.clock.setTimeout(() => this.options.onLookup(target), dwell);
    const show = this.clock.setTimeout(
      () => {
        this.pending = null;
        this.cancelGrace();
        this.shown = target;
        const last = this.samples[this.samples.length - 1];
        this.exit = last ? { x: last.x, y: last.y } : null;
        this.options.onShow(target);
      },
      Math.max(dwell, this.options.hoverDelayMs),
    );
    this.pending = { target, timers: [lookup, show] };
  }

  private cancelPending(): void {
    for (const timer of this.pending?.timers ?? []) this.clock.clearTimeout(timer);
    this.pending = null;
  }

  private startGrace(): void {
    if (this.grace !== null) return;
    this.grace = this.clock.setTimeout(() => {
      this.grace = null;
      this.shown = null;
      this.options.onHide();
    }, this.options.graceMs ?? 300);
  }

  private cancelGrace(): void {
    if (this.grace !== null) this.clock.clearTimeout(this.grace);
    this.grace = null;
  }
}
