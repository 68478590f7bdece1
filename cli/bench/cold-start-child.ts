/**
 * Run in a fresh Node process by the benchmark: reads and parses the store until it can annotate,
 * the work the background does at every start, and reports the time and the heap it took.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadStore } from '../../engine/store';
import { annotateBlocks } from '../../engine/annotate';

const path = process.argv[2] ?? 'public/store/gloss-store.json';
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
collect();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const store = loadStore(JSON.parse(readFileSync(path, 'utf8')));
annotateBlocks(store, ['Warm-up sentence about Moscow.'], {});
const loadMs = performance.now() - started;
collect();
const heapBytes = process.memoryUsage().heapUsed - heapBefore;
process.stdout.write(`${JSON.stringify({ loadMs, heapBytes, entities: store.entities.length })}\n`);
