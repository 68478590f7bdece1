import { STORE_PATH } from '@/engine/types';
import type { SourceInfo } from '@/engine/types';
import type { StoreSummary } from '@/components/OptionsAbout';
import { storeUrl } from './store-url';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (!isRecord(json) || !Array.isArray(json.entities) || !Array.isArray(json.sources)) {
    console.warn('Gloss: the packaged store has no entities or sources list');
    return null;
  }
  const sources = json.sources.filter(isSourceInfo);
  if (sources.length < json.sources.length) console.warn('Gloss: some store sources are malformed');
  return {
    entityCount: json.entities.length,
    bytes,
    asOf: typeof json.asOf === 'string' ? json.asOf : '',
    sources,
  };
}

/** Fetches the packaged store file and summarises it; null when it is missing or broken. */
export async function loadStoreSummary(): Promise<StoreSummary | null> {
  try {
    const response = await fetch(storeUrl());
    if (!response.ok) throw new Error(`${STORE_PATH} answered ${response.status}`);
    const text = await response.text();
    return summariseStore(JSON.parse(text), new TextEncoder().encode(text).byteLength);
  } catch (error) {
    console.warn('Gloss: could not read the packaged store for the About section', error);
    return null;
  }
}
