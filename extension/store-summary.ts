import { STORE_DETAILS_PATH, STORE_PATH } from '@/engine/types';
import type { SourceInfo } from '@/engine/types';
import type { StoreSummary } from '@/components/OptionsAbout';
import { fetchPackagedFile } from './store-loader';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The index file keeps its entities as columns (see engine/store-files.ts), its types a character
// each; a whole store keeps them as a list.
function entityList(value: unknown): { length: number } | null {
  if (Array.isArray(value)) return value;
  return isRecord(value) && typeof value.type === 'string' ? value.type : null;
}

const SOURCE_FIELDS = ['key', 'name', 'version', 'licence', 'url', 'asOf'] as const;

function isSourceInfo(value: unknown): value is SourceInfo {
  return isRecord(value) && SOURCE_FIELDS.every((field) => typeof value[field] === 'string');
}

/**
 * Reads the About figures from a parsed store without building its matcher (the options page only
 * needs counts and sources). Null, with a warning, when the value is not a store.
 */
export function summariseStore(json: unknown, bytes: number): StoreSummary | null {
  const entities = isRecord(json) ? entityList(json.entities) : null;
  if (!isRecord(json) || !entities || !Array.isArray(json.sources)) {
    console.warn('Gloss: the packaged store has no entities or sources list');
    return null;
  }
  const sources = json.sources.filter(isSourceInfo);
  if (sources.length < json.sources.length) console.warn('Gloss: some store sources are malformed');
  return {
    entityCount: entities.length,
    bytes,
    asOf: typeof json.asOf === 'string' ? json.asOf : '',
    sources,
  };
}

/** Fetches the packaged store file and summarises it; null when it is missing or broken. */
export async function loadStoreSummary(): Promise<StoreSummary | null> {
  try {
    const index = await fetchPackagedFile(STORE_PATH);
    // The size on disk is both files' (the details are absent when a whole store is served).
    const details = await fetchPackagedFile(STORE_DETAILS_PATH).catch(() => ({ bytes: 0 }));
    return summariseStore(index.json, index.bytes + details.bytes);
  } catch (error) {
    console.warn('Gloss: could not read the packaged store for the About section', error);
    return null;
  }
}
