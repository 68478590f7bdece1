/**
 * `npm run bench:pages -- DIR [--cold-starts N]`: loads each .html page of DIR (served from 127.0.0.1) in
 * Chromium without and with the built extension (.output/chrome-mv3) and prints what Gloss costs the
 * page, then each budget of issue 6 with ok/OVER. Run `npx wxt build` (or `npm run build`) first.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBench } from './bench-pages/browser';
import { measureColdStarts } from './bench-pages/cold-start';
import { measurePage } from './bench-pages/measure-page';
import type { PageRun } from './bench-pages/measure-page';
import { formatBudgets, formatTable, formatWorkBreakdown, rowOf } from './bench-pages/report';
import type { PageResult } from './bench-pages/report';
import { serveDir } from './bench-pages/server';

const METHOD = `Method (Chromium, headless, fresh profile per run; requests off 127.0.0.1 aborted in both runs;
each page loaded --runs N times (default 3) in fresh tabs, keeping the run with the least Gloss work):
- script: the content script's evaluation in the tab (creating its isolated world, compiling, running its
  top level): CPU time of its EvaluateScript event in a CDP trace of the tab. It comes before Gloss can
  mark anything, and it counts towards "first", "total" and "longest".
- Gloss's main-thread work: the content script wraps each synchronous unit of its work (its set-up once
  settings are loaded, the start, each reading and highlighting slice between yields, batching, sending
  each request and checking its answer, mutation handling) in performance.measure entries named gloss:*,
  never nested. Not in them: the settings loader's steps between storage replies, and the browser's own
  decoding of the background's answers. User Timing is per document and shared by the content script's
  isolated world and the page's main world, so the page reads them. "first" sums the work up to the
  gloss-mark:first-highlight mark, "total" all of it, "longest" is the longest single measure (a
  task's Gloss part; the browser's repaint of highlights is not in it). Measures are wall time: on a
  busy machine they include time the OS gave other processes, hence the best of --runs.
- annotate: the content script's round trips to the background (gloss-wait:annotate), summed.
- load: navigation start to the end of the load event; "ratio" is with / without Gloss.
- heap: the tab's JSHeapUsedSize (CDP Performance.getMetrics) after a forced GC, once Gloss has settled
  (state "ready" and an unchanged count for 0.8 s); content scripts share the page's V8 isolate.
- store cold start: the background's own gloss-store:load measure (fetch + parse + index of the packaged
  store), read through the service worker, once per fresh browser start (--cold-starts N, default 3).`;

interface Args {
  dir: string;
  coldStarts: number;
  runs: number;
  extension: string;
  chromium: string;
}

function numberArg(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  return at >= 0 ? Math.max(1, Number(argv[at + 1]) || 1) : fallback;
}

function parseArgs(argv: string[]): Args {
  const dir = argv.find((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory())
    throw new Error(
      'usage: npm run bench:pages -- DIR [--runs N] [--cold-starts N]  (DIR holds saved .html pages)',
    );
  const extension = resolve(process.env.GLOSS_CHROME_EXTENSION ?? '.output/chrome-mv3');
  if (!existsSync(`${extension}/manifest.json`))
    throw new Error(`No built extension at ${extension}: run npx wxt build first.`);
  return {
    dir: resolve(dir),
    coldStarts: numberArg(argv, '--cold-starts', 3),
    runs: numberArg(argv, '--runs', 3),
    extension,
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

/**
 * Every page in one browser, `runs` times in fresh tabs; each page keeps its run with the least Gloss
 * work (or the fastest load without Gloss): the least disturbed by other processes on the machine.
 */
async function runAll(
  origin: string,
  pages: string[],
  runs: number,
  measure: (url: string) => Promise<PageRun>,
) {
  const out: PageRun[] = [];
  for (const name of pages) {
    let best: PageRun | null = null;
    for (let i = 0; i < runs; i++) {
      process.stderr.write('.');
      const run = await measure(`${origin}/${encodeURIComponent(name)}`);
      if (!best || cost(run) < cost(best)) best = run;
    }
    out.push(best!);
  }
  return out;
}

function cost(run: PageRun): number {
  return run.gloss ? run.gloss.work.reduce((sum, w) => sum + w.duration, 0) : run.loadMs;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages = readdirSync(args.dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  if (pages.length === 0) throw new Error(`no .html pages in ${args.dir}`);
  const server = await serveDir(args.dir);
  try {
    const plain = await launchBench(server.origin, null, args.chromium);
    const without = await runAll(server.origin, pages, args.runs, (url) =>
      measurePage(plain.context, url, false),
    ).finally(() => plain.close());
    const launchGloss = () => launchBench(server.origin, args.extension, args.chromium);
    const coldStarts = await measureColdStarts(launchGloss, args.coldStarts);
    const gloss = await launchGloss();
    let withGloss: PageRun[] = [];
    try {
      withGloss = await runAll(server.origin, pages, args.runs, (url) =>
        measurePage(gloss.context, url, true),
      );
    } finally {
      await gloss.close();
    }
    process.stderr.write('\n');
    const results: PageResult[] = pages.map((name, i) => ({
      name,
      without: without[i]!,
      with: withGloss[i]!,
    }));
    const rows = results.map(rowOf);
    const budgets = formatBudgets(rows, coldStarts);
    console.log(
      `${METHOD}\n\n${pages.length} pages from ${args.dir}\n\n${formatTable(rows)}\n\n` +
        `Gloss's work by kind, median per page\n${formatWorkBreakdown(results)}\n\nBudgets\n${budgets.text}`,
    );
    process.exitCode = budgets.ok ? 0 : 1;
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
