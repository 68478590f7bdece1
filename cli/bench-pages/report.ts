import type { PageRun } from './measure-page';

/** One benchmarked page: the run without Gloss and the run with it. */
export interface PageResult {
  name: string;
  without: PageRun;
  with: PageRun;
}

export const BUDGETS = { medianWorkMs: 16, longestTaskMs: 50, heapAddedMB: 3, coldStartMs: 150 };

export interface Row {
  name: string;
  firstMs: number | null;
  /** The content script's evaluation (CPU), from the trace. */
  scriptMs: number;
  totalMs: number;
  longestMs: number;
  mentions: number;
  annotateMs: number;
  loadWithout: number;
  loadWith: number;
  heapWithout: number;
  heapWith: number;
  settled: boolean;
}

export function rowOf(result: PageResult): Row {
  const gloss = result.with.gloss;
  const work = gloss?.work ?? [];
  const first = gloss?.firstHighlightAt ?? null;
  const scriptMs = gloss?.script.cpuMs ?? 0;
  return {
    name: result.name,
    scriptMs,
    // The script's evaluation comes before any of its work: it counts towards both.
    firstMs:
      first === null ? null : scriptMs + sum(work.filter((w) => w.start <= first).map((w) => w.duration)),
    totalMs: scriptMs + sum(work.map((w) => w.duration)),
    longestMs: Math.max(scriptMs, ...work.map((w) => w.duration)),
    mentions: gloss?.mentions ?? 0,
    annotateMs: gloss?.annotateMs ?? 0,
    loadWithout: result.without.loadMs,
    loadWith: result.with.loadMs,
    heapWithout: result.without.heapBytes,
    heapWith: result.with.heapBytes,
    settled: gloss?.settled ?? false,
  };
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function median(xs: readonly number[]): number {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const ms = (x: number | null) => (x === null || !Number.isFinite(x) ? '-' : x.toFixed(1));
const mb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1e6).toFixed(2) : '-');

const COLUMNS: [string, number, (r: Row) => string][] = [
  ['page', 36, (r) => (r.settled ? r.name : `${r.name} (unsettled)`)],
  ['script', 7, (r) => ms(r.scriptMs)],
  ['first ms', 9, (r) => ms(r.firstMs)],
  ['total ms', 9, (r) => ms(r.totalMs)],
  ['longest', 8, (r) => ms(r.longestMs)],
  ['mentions', 9, (r) => String(r.mentions)],
  ['annot ms', 9, (r) => ms(r.annotateMs)],
  ['load ms', 8, (r) => ms(r.loadWithout)],
  ['+Gloss', 8, (r) => ms(r.loadWith)],
  ['ratio', 6, (r) => (r.loadWith / r.loadWithout).toFixed(2)],
  ['heap MB', 8, (r) => mb(r.heapWithout)],
  ['+Gloss', 8, (r) => mb(r.heapWith)],
  ['added', 7, (r) => mb(r.heapWith - r.heapWithout)],
];

function line(cells: string[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i]![1]) : cell.padStart(COLUMNS[i]![1])))
    .join(' ');
}

/** The table, one row per page, then the medians row. */
export function formatTable(rows: readonly Row[]): string {
  const medianRow: Row = {
    name: 'median',
    scriptMs: median(rows.map((r) => r.scriptMs)),
    firstMs: median(rows.map((r) => r.firstMs ?? NaN)),
    totalMs: median(rows.map((r) => r.totalMs)),
    longestMs: median(rows.map((r) => r.longestMs)),
    mentions: median(rows.map((r) => r.mentions)),
    annotateMs: median(rows.map((r) => r.annotateMs)),
    loadWithout: median(rows.map((r) => r.loadWithout)),
    loadWith: median(rows.map((r) => r.loadWith)),
    heapWithout: median(rows.map((r) => r.heapWithout)),
    heapWith: median(rows.map((r) => r.heapWith)),
    settled: true,
  };
  const header = line(COLUMNS.map(([title]) => title));
  const body = rows.map((r) => line(COLUMNS.map(([, , cell]) => cell(r))));
  const rule = '-'.repeat(header.length);
  return [header, rule, ...body, rule, line(COLUMNS.map(([, , cell]) => cell(medianRow)))].join('\n');
}

/** Each budget with its figure and ok/OVER; true when all hold. */
export function formatBudgets(
  rows: readonly Row[],
  coldStarts: readonly number[],
): { text: string; ok: boolean } {
  const worstTask = rows.reduce((worst, r) => (r.longestMs > worst.longestMs ? r : worst), rows[0]!);
  const worstHeap = rows.reduce(
    (w, r) => (r.heapWith - r.heapWithout > w.heapWith - w.heapWithout ? r : w),
    rows[0]!,
  );
  const addedMB = (worstHeap.heapWith - worstHeap.heapWithout) / 1e6;
  const checks: [string, number, number, string][] = [
    [
      'median page, Gloss main-thread work (ms)',
      median(rows.map((r) => r.totalMs)),
      BUDGETS.medianWorkMs,
      '',
    ],
    ['longest Gloss task on any page (ms)', worstTask.longestMs, BUDGETS.longestTaskMs, worstTask.name],
    ['most heap added to a tab (MB)', addedMB, BUDGETS.heapAddedMB, worstHeap.name],
    [
      'store cold start, median (ms)',
      median(coldStarts),
      BUDGETS.coldStartMs,
      coldStarts.map((t) => t.toFixed(0)).join(', '),
    ],
  ];
  const lines = checks.map(([what, value, budget, where]) => {
    const verdict = value <= budget ? 'ok' : 'OVER';
    return `${verdict.padEnd(4)} ${what.padEnd(44)} ${value.toFixed(1).padStart(7)} <= ${budget}${where ? `   (${where})` : ''}`;
  });
  const unsettled = rows.filter((r) => !r.settled).map((r) => r.name);
  if (unsettled.length > 0) lines.push(`OVER Gloss never settled on: ${unsettled.join(', ')}`);
  return { text: lines.join('\n'), ok: checks.every(([, v, b]) => v <= b) && unsettled.length === 0 };
}

/**
 * Where a median page's Gloss work goes: for each kind of work (the script's evaluation, then each
 * gloss:* measure name), the median over pages of that page's sum (0 where a page had none). The
 * medians of the parts do not add up to the median total.
 */
export function formatWorkBreakdown(results: readonly PageResult[]): string {
  const perPage = results.map((result) => {
    const sums = new Map<string, number>([['script', result.with.gloss?.script.cpuMs ?? 0]]);
    for (const w of result.with.gloss?.work ?? []) sums.set(w.name, (sums.get(w.name) ?? 0) + w.duration);
    return sums;
  });
  const names = [...new Set(perPage.flatMap((sums) => [...sums.keys()]))];
  const lines = names.map((name) => {
    const values = perPage.map((sums) => sums.get(name) ?? 0);
    return `${name.padEnd(12)} ${ms(median(values)).padStart(7)}`;
  });
  return ['kind          median ms', ...lines].join('\n');
}
