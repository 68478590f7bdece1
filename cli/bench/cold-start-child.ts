/**
 * Run in a fresh Node process by the benchmark: reads and parses the store's index until it can
 * annotate, the work the background does at every start, then (outside that time) its details, and
 * reports each step's wall and CPU time and the heap it took.
 */
import { performance } from 'node:perf_hooks';
import { openStore } from '../../engine/store';
import { annotateBlocks } from '../../engine/annotate';
import { detailsPathFor, parseStoreTexts, readStoreJson, readStoreTexts } from '../store-open';

const path = process.argv[2] ?? 'public/store/gloss-index.json';
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const steps: Record<string, { ms: number; cpuMs: number }> = {};
let wall = performance.now();
let cpu = cpuMs();
const step = (name: string) => {
  const [nowWall, nowCpu] = [performance.now(), cpuMs()];
  steps[name] = { ms: nowWall - wall, cpuMs: nowCpu - cpu };
  [wall, cpu] = [nowWall, nowCpu];
};

collect();
const heapBefore = process.memoryUsage().heapUsed;
[wall, cpu] = [performance.now(), cpuMs()];
const texts = readStoreTexts(path);
step('read');
const json: unknown = parseStoreTexts(texts);
step('parse');
const store = openStore(json);
step('open');
annotateBlocks(store, ['Warm-up sentence about Moscow.'], {});
step('annotate');
collect();
const heapBytes = process.memoryUsage().heapUsed - heapBefore;
[wall, cpu] = [performance.now(), cpuMs()];
store.attachDetails(readStoreJson(detailsPathFor(path)));
step('details');
collect();
const heapWithDetails = process.memoryUsage().heapUsed - heapBefore;
const total = ['read', 'parse', 'open', 'annotate'].map((name) => steps[name] ?? { ms: 0, cpuMs: 0 });
process.stdout.write(
  `${JSON.stringify({
    loadMs: total.reduce((sum, s) => sum + s.ms, 0),
    cpuMs: total.reduce((sum, s) => sum + s.cpuMs, 0),
    steps,
    heapBytes,
    heapWithDetails,
    entities: store.entities.length,
  })}\n`,
);
