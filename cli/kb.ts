import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { compileStore } from '../knowledge/compile';
import { NewsCoreError } from '../knowledge/sources/news-core';
import { PROJECT_ROOT } from '../knowledge/paths';
import {
  DETAILS_FILE,
  INDEX_FILE,
  WHOLE_STORE_FILE,
  readStoreFile,
  removeStoreFiles,
  writeStoreFile,
} from './kb-store-file';
import { makeFinder } from './kb-find';
import { storeStats } from './kb-stats';

const USAGE = `usage: npm run kb -- build | stats | find NAME...
  build  compile the knowledge store to public/store/gloss-index.json and gloss-details.json
  stats  print figures about the compiled store as JSON
  find   print one JSON line per NAME with the entities it names`;

function build(): void {
  const start = performance.now();
  const result = compileStore();
  mkdirSync(dirname(INDEX_FILE), { recursive: true });
  removeStoreFiles(dirname(INDEX_FILE));
  const written = [
    ...writeStoreFile(INDEX_FILE, result.files.index),
    ...writeStoreFile(DETAILS_FILE, result.files.details),
  ];
  mkdirSync(dirname(WHOLE_STORE_FILE), { recursive: true });
  writeFileSync(WHOLE_STORE_FILE, result.json);
  const bytes = Buffer.byteLength(result.files.index) + Buffer.byteLength(result.files.details);
  const stats = storeStats(result.store, bytes);
  const total = Math.round(performance.now() - start);
  const files = written.map((file) => relative(PROJECT_ROOT, file)).join(' + ');
  console.log(`kb build: ${stats.entities} entities → ${files}`);
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
