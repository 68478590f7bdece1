/**
 * Probes for the harmlessness tests, run in the page's main world. Self-contained: each is sent to
 * the browser as source text.
 */

export interface PageSnapshot {
  /** `document.body.innerText`. */
  text: string;
  /** The document's markup without Gloss's host element. */
  html: string;
  /** Every element of the body in document order with its box in page coordinates (px, rounded). */
  boxes: string[];
  /** What the page's own error reporter caught (the fixtures record window errors and rejections). */
  errors: string[];
  /** Window messages the page received (the fixtures record them). */
  messages: string[];
}

export function snapshotPage(): PageSnapshot {
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll('gloss-host').forEach((host) => host.remove());
  const boxes: string[] = [];
  document.body.querySelectorAll('*').forEach((element) => {
    const r = element.getBoundingClientRect();
    const round = (n: number) => Math.round(n * 2) / 2;
    boxes.push(
      `${element.tagName}#${element.id}:${round(r.left + scrollX)},${round(r.top + scrollY)},` +
        `${round(r.width)}x${round(r.height)}`,
    );
  });
  const errors = (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [];
  const messages = (window as unknown as { __pageMessages?: string[] }).__pageMessages ?? [];
  return {
    text: document.body.innerText,
    html: clone.outerHTML,
    boxes,
    errors: [...errors],
    messages: [...messages],
  };
}

/** The page's own scripts are done: loaded, and the fixtures that script themselves say so. */
export function pageSettled(): boolean {
  if (document.readyState !== 'complete') return false;
  const scripted = document.querySelector('script[src], body script') !== null;
  return !scripted || document.documentElement.dataset.settled === 'true';
}

export function glossHostState(): { state: string | null; mentions: number } {
  const host = document.querySelector('gloss-host');
  return {
    state: host?.getAttribute('data-gloss-state') ?? null,
    mentions: Number(host?.getAttribute('data-gloss-mentions') ?? 0),
  };
}

export interface HighlightedText {
  text: string;
  /** The first ancestor Gloss must never highlight in (nav, form field, editor, code, share link), or null. */
  forbidden: string | null;
  /** The id of the nearest ancestor with one: tells where the highlight is. */
  near: string | null;
}

/** Every range in Gloss's `gloss-*` highlights, with where it sits in the page. */
export function highlightedTexts(): HighlightedText[] {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const out: HighlightedText[] = [];
  const isForbidden = (el: Element) =>
    ['NAV', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'CODE', 'PRE'].includes(el.tagName) ||
    el.getAttribute('role') === 'navigation' ||
    (el.tagName === 'A' && /sharer|\/intent\/|^mailto:\?/.test(el.getAttribute('href') ?? '')) ||
    (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false');
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('gloss-')) continue;
    for (const range of highlight) {
      let forbidden: string | null = null;
      let near: string | null = null;
      for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
        if (!forbidden && isForbidden(el)) forbidden = el.tagName;
        if (!near && el.id) near = el.id;
      }
      out.push({ text: range.toString(), forbidden, near });
    }
  }
  return out;
}

export function pathname(): string {
  return location.pathname;
}

/** Ranges in Gloss's highlights whose text the page removed or rewrote (they must be pruned). */
export function staleHighlights(): number {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  let stale = 0;
  for (const [name, highlight] of registry ?? [])
    if (name.startsWith('gloss-'))
      for (const range of highlight) if (range.collapsed || !range.startContainer.isConnected) stale++;
  return stale;
}

/**
 * Gloss's units of main-thread work (its `gloss:*` User Timing measures) longer than `limitMs`, and,
 * where the browser reports long tasks (Chromium), the tasks over 50 ms during any of them: a task
 * holding several units, or a unit's unmeasured part such as reading a message, shows there.
 */
export async function glossWorkOver(
  limitMs: number,
): Promise<{ units: number; over: string[]; longTasks: string[] | null }> {
  const work = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('gloss:'));
  const over = work.filter((m) => m.duration > limitMs).map((m) => `${m.name} ${Math.round(m.duration)} ms`);
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask'))
    return { units: work.length, over, longTasks: null };
  const tasks = await new Promise<PerformanceEntryList>((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries());
    });
    observer.observe({ type: 'longtask', buffered: true });
    setTimeout(() => resolve([]), 1000);
  });
  const during = (task: PerformanceEntry) =>
    work.some(
      (m) => m.startTime < task.startTime + task.duration && task.startTime < m.startTime + m.duration,
    );
  const longTasks = tasks
    .filter(during)
    .map((t) => `task of ${Math.round(t.duration)} ms at ${Math.round(t.startTime)}`);
  return { units: work.length, over, longTasks };
}
