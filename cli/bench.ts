/**
 * `npm run bench -- [FILE|DIR]...`: the store's cold start, heap and package sizes against their
 * budgets, and the engine's throughput beside compromise's `nlp(text)` on the same texts, measured
 * in the same run. With no arguments it uses the project's own test fixtures.
 */
import { existsSync, statSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ColdStarts } from './bench/cold-start';
import { measureColdStart } from './bench/cold-start';
import { detailsPathFor, readStoreTexts } from './store-open';
import { measureThroughput, timeCalls } from './bench/throughput';
import { readInputTexts } from './bench/corpus';
import { loadShippedEngine } from './bench/shipped-engine';

const STORE = 'public/store/gloss-index.json';
const BUDGETS = { coldStartMs: 150, heapMB: 80, zipMB: 12, articleMs: 5, ratio: 50 };
const mb = (bytes: number) => bytes / 1e6;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

function zipSizes(): { name: string; bytes: number }[] {
  if (!existsSync('.output')) return [];
  return readdirSync('.output')
    .filter((name) => name.endsWith('.zip') && !name.includes('sources'))
    .map((name) => ({ name, bytes: statSync(join('.output', name)).size }));
}

/** An article of about 20 kB of news text, made by repeating the corpus's paragraphs. */
function article(texts: string[], size: number): string {
  let text = '';
  for (let i = 0; text.length < size && texts.length > 0; i++) text += `${texts[i % texts.length]}\n\n`;
  return text.slice(0, size);
}

/** Each store file's size on disk and gzipped, its parts included when it was split. */
function fileSizes(): string {
  return [STORE, detailsPathFor(STORE)]
    .map((file) => {
      const texts = readStoreTexts(file);
      const text = Buffer.from('whole' in texts ? texts.whole : [...texts.parts.values()].join(''));
      return `${file} ${mb(text.length).toFixed(2)} MB (gzip ${mb(gzipSync(text).length).toFixed(2)} MB)`;
    })
    .join(', ');
}

function printColdStart({ median, fastest, load }: ColdStarts): void {
  console.log(`Store: ${median.entities.toLocaleString('en')} entities; ${fileSizes()}`);
  const steps = Object.entries(median.steps)
    .map(([name, s]) => `${name} ${s.ms.toFixed(0)} ms (cpu ${s.cpuMs.toFixed(0)})`)
    .join(', ');
  console.log(
    `Cold start (read + parse + open the index + first annotate, median of 5 fresh processes): ` +
      `${median.loadMs.toFixed(0)} ms, cpu ${median.cpuMs.toFixed(0)} ms; fastest ${fastest.loadMs.toFixed(0)} ms ` +
      `(budget ${BUDGETS.coldStartMs} ms) ${verdict(median.loadMs <= BUDGETS.coldStartMs)}\n` +
      `  steps (median run): ${steps}\n  load average ${load[0].toFixed(2)} → ${load[1].toFixed(2)} ` +
      `on ${availableParallelism()} CPUs: wall time stretches when the machine is busy, CPU time much less`,
  );
  const heapMB = mb(median.heapBytes);
  const withDetails = mb(median.heapWithDetails);
  console.log(
    `Heap with the store loaded: ${heapMB.toFixed(1)} MB index only, ${withDetails.toFixed(1)} MB with details ` +
      `(budget ${BUDGETS.heapMB} MB) ${verdict(Math.max(heapMB, withDetails) <= BUDGETS.heapMB)}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(STORE)) throw new Error(`${STORE} is missing: run \`npm run kb -- build\` first`);
  const inputs = process.argv.slice(2);
  const texts = readInputTexts(inputs.length > 0 ? inputs : ['tests/fixtures']);
  const corpusBytes = texts.reduce((sum, t) => sum + t.length, 0);
  const { annotateBlocks, openStoreFile, splitParagraphs } = await loadShippedEngine();
  const store = openStoreFile(STORE);
  const annotate = (text: string) =>
    annotateBlocks(
      store,
      splitParagraphs(text).map((p) => p.text),
      {},
    );

  console.log(
    `Throughput on ${texts.length} texts, ${mb(corpusBytes).toFixed(2)} M characters ` +
      `(the engine built by Vite, as the extension ships it):`,
  );
  const loadBefore = loadavg()[0] ?? 0;
  const gloss = measureThroughput(texts, annotate, 5);
  // Timed before compromise is even loaded: its model (about 12 MB of heap, marked at every
  // full collection) and its garbage would be charged to Gloss, and the background has neither.
  const twentyKB = article(texts, 20_000);
  const calls = timeCalls(twentyKB, annotate, 30);
  const { default: nlp } = await import('compromise');
  const compromise = (text: string) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  const baseline = measureThroughput(texts, compromise, 3);
  for (const [name, t] of [
    ['gloss annotate', gloss],
    ['compromise nlp (people, places, organisations)', baseline],
  ] as const)
    console.log(
      `  ${name}: cold ${t.coldMs.toFixed(0)} ms, warm ${t.warmMs.toFixed(0)} ms (cpu ${t.warmCpuMs.toFixed(0)}), ` +
        `${t.mbPerSecond.toFixed(2)} MB/s`,
    );
  console.log(`  load average ${loadBefore.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)}`);
  const ratio = gloss.mbPerSecond / baseline.mbPerSecond;
  console.log(
    `  warm throughput ratio gloss / compromise: ${ratio.toFixed(1)}x (target ≥ ${BUDGETS.ratio}x) ${verdict(ratio >= BUDGETS.ratio)}`,
  );

  console.log(
    `\n20 kB article, warm (median of 30): ${calls.medianMs.toFixed(2)} ms (budget ${BUDGETS.articleMs} ms) ` +
      `${verdict(calls.medianMs <= BUDGETS.articleMs)}\n  cpu ${calls.cpuMs.toFixed(2)} ms, fastest ` +
      `${calls.fastestMs.toFixed(2)} ms; load average ${calls.load[0].toFixed(2)} → ${calls.load[1].toFixed(2)}`,
  );

  // After the throughput: measured first, the cold starts and the reading and compressing of the
  // 12 MB store files for their sizes left this process slower at annotating (warm medians of 84
  // against 109 ms, four alternating runs each).
  console.log('');
  printColdStart(measureColdStart(STORE, 5));
  for (const zip of zipSizes())
    console.log(
      `${zip.name}: ${mb(zip.bytes).toFixed(2)} MB (budget ${BUDGETS.zipMB} MB) ${verdict(mb(zip.bytes) <= BUDGETS.zipMB)}`,
    );
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
