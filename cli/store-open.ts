/** Opens a store file for the command-line tools: the index with its details, or a whole CompiledStore. */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KnowledgeStore } from '../engine/store';
import { loadStore, openStore } from '../engine/store';
import { STORE_DETAILS_PATH } from '../engine/types';
import type { StoreTexts } from '../engine/store-parts';
import { isPartsManifest, joinStoreParts, manifestParts, stalePartsFormat } from '../engine/store-parts';

export type { StoreTexts } from '../engine/store-parts';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`the knowledge store ${path} is missing: run \`npm run kb -- build\` first`);
  }
}

/** Reads a store file's text, and its parts' texts when it is a manifest of parts. */
export function readStoreTexts(path: string): StoreTexts {
  const text = readText(path);
  // A manifest is a few hundred bytes; a whole store file is never that small.
  if (text.length > 10_000) return { whole: text };
  const json: unknown = JSON.parse(text);
  const stale = stalePartsFormat(json);
  if (stale) throw new Error(`the knowledge store ${path} cannot be read: ${stale}`);
  if (!isPartsManifest(json)) return { whole: text };
  const parts = manifestParts(json).map((part) => [part, readText(join(dirname(path), part))] as const);
  return { manifest: json, parts: new Map(parts) };
}

/** Parses what `readStoreTexts` read. */
export function parseStoreTexts(texts: StoreTexts): unknown {
  return 'whole' in texts
    ? JSON.parse(texts.whole)
    : joinStoreParts(texts.manifest, (name) => texts.parts.get(name) ?? '');
}

/** Reads and parses a store file, putting it back together from its parts when it was split. */
export function readStoreJson(path: string): unknown {
  const texts = readStoreTexts(path);
  try {
    return parseStoreTexts(texts);
  } catch (error) {
    throw new Error(`the knowledge store ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The details file that goes with an index file: beside it. */
export function detailsPathFor(indexPath: string): string {
  return join(dirname(indexPath), basename(STORE_DETAILS_PATH));
}

/**
 * Opens `path` with everything loaded (the tools print cards' data): an index file with the details
 * file beside it, or, as tests write them, one file holding a whole CompiledStore.
 */
export function openStoreFile(path: string): KnowledgeStore {
  const json = readStoreJson(path);
  const whole =
    typeof json === 'object' && json !== null && Array.isArray((json as { entities?: unknown }).entities);
  return whole ? loadStore(json) : openStore(json, readStoreJson(detailsPathFor(path)));
}
