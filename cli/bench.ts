/**
 * `npm run bench -- [FILE|DIR]...`: the store's cold start, heap and package sizes against their
 * budgets, and the engine's throughput beside compromise's `nlp(text)` on the same texts, measured
 * in the same run. With no arguments it uses the project's own test fixtures.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { loadStore } from '../engine/store';
import { annotateBlocks } from '../engine/annotate';
import { measureColdStart } from './bench/cold-start';
import { measureThroughput, medianCallMs } from './bench/throughput';
import { readInputTexts } from './bench/corpus';
import { splitParagraphs } from './text-documents';

const STORE = 'public/store/gloss-store.json';
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

function main(): void {
  if (!existsSync(STORE)) throw new Error(`${STORE} is missing: run \`npm run kb -- build\` first`);
  const inputs = process.argv.slice(2);
  const texts = readInputTexts(inputs.length > 0 ? inputs : ['tests/fixtures']);
  const corpusBytes = texts.reduce((sum, t) => sum + t.length, 0);
  const store = loadStore(JSON.parse(readFileSync(STORE, 'utf8')));
  const annotate = (text: string) =>
    annotateBlocks(
      store,
      splitParagraphs(text).map((p) => p.text),
      {},
    );
  const compromise = (text: string) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };

  const cold = measureColdStart(STORE, 5);
  console.log(
    `Store: ${cold.entities.toLocaleString('en')} entities, ${mb(statSync(STORE).size).toFixed(1)} MB on disk`,
  );
  console.log(
    `Cold start (read + parse + index, median of 5 fresh processes): ${cold.loadMs.toFixed(0)} ms ` +
      `(budget ${BUDGETS.coldStartMs} ms) ${verdict(cold.loadMs <= BUDGETS.coldStartMs)}`,
  );
  const heapMB = mb(cold.heapBytes);
  console.log(
    `Heap with the store loaded: ${heapMB.toFixed(1)} MB (budget ${BUDGETS.heapMB} MB) ${verdict(heapMB <= BUDGETS.heapMB)}`,
  );
  for (const zip of zipSizes())
    console.log(
      `${zip.name}: ${mb(zip.bytes).toFixed(2)} MB (budget ${BUDGETS.zipMB} MB) ${verdict(mb(zip.bytes) <= BUDGETS.zipMB)}`,
    );

  console.log(`\nThroughput on ${texts.length} texts, ${mb(corpusBytes).toFixed(2)} M characters:`);
  const gloss = measureThroughput(texts, annotate, 5);
  const baseline = measureThroughput(texts, compromise, 3);
  for (const [name, t] of [
    ['gloss annotate', gloss],
    ['compromise nlp (people, places, organisations)', baseline],
  ] as const)
    console.log(
      `  ${name}: cold ${t.coldMs.toFixed(0)} ms, warm ${t.warmMs.toFixed(0)} ms, ${t.mbPerSecond.toFixed(2)} MB/s`,
    );
  const ratio = gloss.mbPerSecond / baseline.mbPerSecond;
  console.log(
    `  warm throughput ratio gloss / compromise: ${ratio.toFixed(1)}x (target ≥ ${BUDGETS.ratio}x) ${verdict(ratio >= BUDGETS.ratio)}`,
  );

  const twentyKB = article(texts, 20_000);
  const articleMs = medianCallMs(twentyKB, annotate, 30);
  console.log(
    `\n20 kB article, warm (median of 30): ${articleMs.toFixed(2)} ms (budget ${BUDGETS.articleMs} ms) ${verdict(articleMs <= BUDGETS.articleMs)}`,
  );
}

try {
  main();
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
}
