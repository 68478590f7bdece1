import { beginWork, endWork } from './work-marks';

export interface SliceOptions {
  /** Work this long before giving the page its event loop back (about half a frame). */
  budgetMs?: number;
  /** Resolves once the page has had its turn, e.g. after a zero-delay timeout. */
  pause: () => Promise<void>;
  now?: () => number;
  /** Checked after each pause: stop early (settings switched off, context invalidated). */
  cancelled?: () => boolean;
  /** Names each slice's User Timing measure (`gloss:<label>`) for the page benchmark. */
  label?: string;
}

/**
 * Visits items in slices of `budgetMs`, pausing between them, so work on a very large page never
 * blocks input for long. False when cancelled before the end.
 */
export async function runInSlices<T>(
  items: Iterator<T>,
  visit: (item: T) => void,
  options: SliceOptions,
): Promise<boolean> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const label = options.label ?? 'slice';
  let sliceStart = now();
  // Every beginWork is paired with one endWork, also when `visit` throws.
  let work = beginWork();
  let open = true;
  try {
    for (let next = items.next(); !next.done; next = items.next()) {
      visit(next.value);
      if (now() - sliceStart < budget) continue;
      open = false;
      endWork(label, work);
      await options.pause();
      if (options.cancelled?.()) return false;
      sliceStart = now();
      work = beginWork();
      open = true;
    }
    return true;
  } finally {
    if (open) endWork(label, work);
  }
}

/** Drains an iterator with `runInSlices`; null when cancelled. */
export async function collectInSlices<T>(items: Iterator<T>, options: SliceOptions): Promise<T[] | null> {
  const out: T[] = [];
  return (await runInSlices(items, (item) => out.push(item), options)) ? out : null;
}

/** Splits a list into chunks of `size`, lazily: units of work for `runInSlices`. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
