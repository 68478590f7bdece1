import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { compileStore } from '../knowledge/compile';
import { NewsCoreError } from '../knowledge/sources/news-core';
import { PROJECT_ROOT } from '../knowledge/paths';
import { STORE_FILE, readStoreFile } from './kb-store-file';
import { makeFinder } from './kb-find';
import { storeStats } from './kb-stats';

const USAGE = `usage: npm run kb -- build | stats | find NAME...
  build  compile the knowledge store to public/store/gloss-store.json
  stats  print figures about the compiled store as JSON
  find   print one JSON line per NAME with the entities it names`;

function build(): void {
  const start = performance.now();
  const result = compileStore();
  mkdirSync(dirname(STORE_FILE), { recursive: true });
  writeFileSync(STORE_FILE, result.json);
  const stats = storeStats(result.store, Buffer.byteLength(result.json));
  const total = Math.round(performance.now() - start);
  console.log(`kb build: ${stats.entities} entities → ${relative(PROJECT_ROOT, STORE_FILE)}`);
  console.log(`  by type:   ${JSON.stringify(stats.byType)}`);
  console.log(`  by source: ${JSON.stringify(stats.bySource)}`);
  console.log(`  merged:    ${JSON.stringify(result.merged)}`);
  console.log(`  aliases: ${stats.aliases}, ambiguous keys: ${stats.ambiguousAliases}, asOf ${stats.asOf}`);
  console.log(`  size: ${stats.sizeBytes} bytes (${(stats.sizeBytes / 1024 / 1024).toFixed(2)} MB)`);
  console.log(`  timings (ms): ${JSON.stringify(result.timings)}, total ${total}`);
}

function find(names: readonly string[]): void {
  const finder = makeFinder(readStoreFile().store);
  for (const query of names) console.log(JSON.stringify({ query, matches: finder(query) }));
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === 'build') build();
  else if (command === 'stats') {
    const { store, bytes } = readStoreFile();
    console.log(JSON.stringify(storeStats(store, bytes), null, 2));
  } else if (command === 'find' && rest.length > 0) find(rest);
  else {
    console.error(USAGE);
    return 2;
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Validation problems are the user's to fix: show them plainly, without a stack trace.
  console.error(
    error instanceof NewsCoreError ? error.message : error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
}
