/**
 * Gloss's main-thread work as User Timing measures named `gloss:<what>`, so `npm run bench:pages`
 * can attribute time to Gloss on a real page (the timeline is per document: a content script's
 * measures are read from the page's main world in Chromium). Measures never nest: work that runs
 * inside other measured work is already counted by the outer measure.
 */
export const WORK_PREFIX = 'gloss:';
/** Marked once per session when the first mention is underlined. */
export const FIRST_HIGHLIGHT_MARK = 'gloss-mark:first-highlight';

// A page that mutates for hours would otherwise grow its performance timeline without bound.
const MAX_ENTRIES = 5000;
let entries = 0;
let depth = 0;

function perf(): Performance | null {
  return typeof performance !== 'undefined' && typeof performance.measure === 'function' ? performance : null;
}

/** Opens a unit of work; null when nested in another or when timing is unavailable. */
export function beginWork(): number | null {
  depth++;
  return depth === 1 && perf() ? performance.now() : null;
}

/** Closes what `beginWork` opened, recording it as `gloss:<name>`. */
export function endWork(name: string, start: number | null): void {
  depth = Math.max(0, depth - 1);
  const timeline = perf();
  if (start === null || !timeline || entries >= MAX_ENTRIES) return;
  entries++;
  try {
    timeline.measure(WORK_PREFIX + name, { start, end: timeline.now() });
  } catch {
    // Timing is for the benchmark only; it must never break the page.
  }
}

/** Runs synchronous work as one measure. */
export function timed<T>(name: string, work: () => T): T {
  const start = beginWork();
  try {
    return work();
  } finally {
    endWork(name, start);
  }
}

/** Records a point in time (not work), e.g. the first highlight. */
export function markOnce(name: string, done: Set<string>): void {
  const timeline = perf();
  if (!timeline || done.has(name) || entries >= MAX_ENTRIES) return;
  done.add(name);
  entries++;
  try {
    timeline.mark(name);
  } catch {
    // As above: never break the page for a benchmark.
  }
}

/** Time spent waiting, not working (e.g. for the background's answer): `gloss-wait:<name>`. */
export function recordWait(name: string, start: number): void {
  const timeline = perf();
  if (!timeline || entries >= MAX_ENTRIES) return;
  entries++;
  try {
    timeline.measure(`gloss-wait:${name}`, { start, end: timeline.now() });
  } catch {
    // As above: never break the page for a benchmark.
  }
}
