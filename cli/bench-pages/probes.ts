/** Functions run in a benchmarked page's main world: self-contained, sent as source text. */

export interface GlossTimeline {
  /** Durations of `gloss:*` measures (main-thread work), in order of start. */
  work: { name: string; start: number; duration: number }[];
  /** Sum of `gloss-wait:annotate` measures: the round trips to the background. */
  annotateMs: number;
  /** When the first mention was underlined, or null. */
  firstHighlightAt: number | null;
}

/** Reads Gloss's User Timing entries, which the content script's isolated world shares with the page. */
export function readGlossTimeline(): GlossTimeline {
  const measures = performance.getEntriesByType('measure');
  const work = measures
    .filter((m) => m.name.startsWith('gloss:'))
    .map((m) => ({ name: m.name.slice(6), start: m.startTime, duration: m.duration }))
    .sort((a, b) => a.start - b.start);
  const annotateMs = measures
    .filter((m) => m.name === 'gloss-wait:annotate')
    .reduce((sum, m) => sum + m.duration, 0);
  const mark = performance.getEntriesByName('gloss-mark:first-highlight', 'mark')[0];
  return { work, annotateMs, firstHighlightAt: mark ? mark.startTime : null };
}

export function readGlossHost(): { state: string | null; mentions: number } {
  const host = document.querySelector('gloss-host');
  return {
    state: host?.getAttribute('data-gloss-state') ?? null,
    mentions: Number(host?.getAttribute('data-gloss-mentions') ?? 0),
  };
}

/** Navigation timing: from the start of navigation to the end of the load event. */
export function readLoadMs(): number {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav ? nav.loadEventEnd - nav.startTime : NaN;
}

/** Installed before the page's own scripts: counts tasks over 50 ms on the main thread (any author). */
export function watchLongTasks(): void {
  const w = window as unknown as { __benchLongTasks?: number[] };
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongTasks?.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the column stays empty.
  }
}

export function readLongTasks(): number[] {
  return (window as unknown as { __benchLongTasks?: number[] }).__benchLongTasks ?? [];
}
