import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { splitStoreFile } from '../engine/store-parts';
import type { CompiledStore } from '../engine/types';
import { STORE_DETAILS_PATH, STORE_INDEX_PATH } from '../engine/types';
import { toCompiledStore } from '../engine/store-compiled';
import { PROJECT_ROOT } from '../knowledge/paths';
import { openStoreFile } from './store-open';

/** Where `kb build` writes the store's two files: under public/, which WXT copies into the extension. */
export const INDEX_FILE = join(PROJECT_ROOT, 'public', STORE_INDEX_PATH);
export const DETAILS_FILE = join(PROJECT_ROOT, 'public', STORE_DETAILS_PATH);
/** The whole CompiledStore in one file, for analysis scripts and `loadStore`; not shipped (git-ignored). */
export const WHOLE_STORE_FILE = join(PROJECT_ROOT, '.store', 'gloss-store.json');

/** Reads the compiled store back from its two files, or explains how to make it. */
export function readStoreFile(): { store: CompiledStore; bytes: number } {
  if (!existsSync(INDEX_FILE)) {
    throw new Error(`No compiled store at ${INDEX_FILE}: run \`npm run kb -- build\` first.`);
  }
  const store = toCompiledStore(openStoreFile(INDEX_FILE));
  return { store, bytes: storeFileBytes(INDEX_FILE) + storeFileBytes(DETAILS_FILE) };
}

/** Writes a store file, split into parts when it is too large for the add-on linter; returns the paths written. */
export function writeStoreFile(path: string, text: string): string[] {
  const written: string[] = [];
  for (const [name, content] of splitStoreFile(basename(path), text)) {
    const file = join(dirname(path), name);
    writeFileSync(file, content);
    written.push(file);
  }
  return written;
}

/** Removes every generated store file of a folder (earlier builds may have split files differently). */
export function removeStoreFiles(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder))
    if (/^gloss-.*\.(json|txt)$/.test(name)) rmSync(join(folder, name), { force: true });
}

/** Bytes of a store file on disk, its parts included. */
export function storeFileBytes(path: string): number {
  const prefix = basename(path).replace(/\.json$/, '.part');
  return readdirSync(dirname(path))
    .filter((name) => name === basename(path) || name.startsWith(prefix))
    .reduce((sum, name) => sum + statSync(join(dirname(path), name)).size, 0);
}
