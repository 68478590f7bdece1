import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledStore } from '../engine/types';
import { STORE_PATH } from '../engine/types';
import { PROJECT_ROOT } from '../knowledge/paths';

/** Where `kb build` writes the store: under public/, which WXT copies into the extension. */
export const STORE_FILE = join(PROJECT_ROOT, 'public', STORE_PATH);

/** Reads the compiled store, or explains how to make it. */
export function readStoreFile(): { store: CompiledStore; bytes: number } {
  if (!existsSync(STORE_FILE)) {
    throw new Error(`No compiled store at ${STORE_FILE}: run \`npm run kb -- build\` first.`);
  }
  const text = readFileSync(STORE_FILE, 'utf8');
  return { store: JSON.parse(text) as CompiledStore, bytes: Buffer.byteLength(text) };
}
