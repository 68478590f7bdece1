import type { KnowledgeStore } from '@/engine/store';
import { loadStore, openStore } from '@/engine/store';
import { STORE_DETAILS_PATH, STORE_INDEX_PATH } from '@/engine/types';
import type { StoreTexts } from '@/engine/store-parts';
import { isPartsManifest, joinStoreParts, manifestParts, stalePartsFormat } from '@/engine/store-parts';
import { storeUrl } from './store-url';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(storeUrl(path));
  if (!response.ok) throw new Error(`the store file ${path} answered ${response.status}`);
  return response.text();
}

/** A packaged store file's text, or its manifest and parts' texts when it was split (see engine/store-parts.ts). */
async function fetchPackagedTexts(path: string): Promise<StoreTexts> {
  const text = await fetchText(path);
  // A parts manifest is a few hundred bytes; a whole store file is never that small.
  if (text.length > 10_000) return { whole: text };
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new Error(`the store file ${path} is not valid JSON`, { cause: error });
  }
  const stale = stalePartsFormat(manifest);
  if (stale) throw new Error(`the store file ${path} cannot be read: ${stale}`);
  if (!isPartsManifest(manifest)) return { whole: text };
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const names = manifestParts(manifest);
  const texts = await Promise.all(names.map((part) => fetchText(folder + part)));
  return { manifest, parts: new Map(names.map((name, i) => [name, texts[i] ?? ''])) };
}

function parseTexts(path: string, texts: StoreTexts): unknown {
  try {
    return 'whole' in texts
      ? JSON.parse(texts.whole)
      : joinStoreParts(texts.manifest, (name) => texts.parts.get(name) ?? '');
  } catch (error) {
    throw new Error(`the store file ${path} is not valid JSON`, { cause: error });
  }
}

/**
 * Fetches one packaged store file and parses its JSON, fetching its parts when it was split;
 * throws with a clear message when it is missing or broken. The background's cold start runs this.
 */
export async function fetchPackagedJson(path: string = STORE_INDEX_PATH): Promise<unknown> {
  return parseTexts(path, await fetchPackagedTexts(path));
}

/**
 * A packaged store file parsed, with its size in bytes (its parts' included), for the About
 * section. Counting bytes encodes the whole text again, so the cold start does not do it.
 */
export async function fetchPackagedFile(path: string): Promise<{ json: unknown; bytes: number }> {
  const fetched = await fetchPackagedTexts(path);
  const encoder = new TextEncoder();
  const texts = 'whole' in fetched ? [fetched.whole] : [...fetched.parts.values()];
  const bytes = texts.reduce((sum, text) => sum + encoder.encode(text).length, 0);
  return { json: parseTexts(path, fetched), bytes };
}

/**
 * Opens a parsed store file: the packaged index (details follow on the first card), or a whole
 * CompiledStore with its details, as tests and single-file builds serve it.
 */
export function openPackagedStore(json: unknown): KnowledgeStore {
  const whole =
    typeof json === 'object' && json !== null && Array.isArray((json as { entities?: unknown }).entities);
  return whole ? loadStore(json) : openStore(json);
}

/** Fetches and opens the packaged index: all a background start needs before it can annotate. */
export async function fetchPackagedStore(): Promise<KnowledgeStore> {
  return openPackagedStore(await fetchPackagedJson());
}

const pendingDetails = new WeakMap<KnowledgeStore, Promise<void>>();

/**
 * The store with its details (what a card shows) attached, fetching them once per store. Cards come
 * after a hover delay of half a second, which hides the ~100 ms this takes. When the details cannot
 * be read the store is returned as it is: cards then come back empty, annotating goes on.
 */
export async function withDetails(
  store: KnowledgeStore | null,
  fetchDetails: () => Promise<unknown> = () => fetchPackagedJson(STORE_DETAILS_PATH),
): Promise<KnowledgeStore | null> {
  if (!store || store.hasDetails()) return store;
  let pending = pendingDetails.get(store);
  if (!pending) {
    pending = fetchDetails().then((json) => store.attachDetails(json));
    pendingDetails.set(store, pending);
  }
  try {
    await pending;
  } catch (error) {
    pendingDetails.delete(store);
    console.error('Gloss: the store details could not be loaded; cards will be empty.', error);
  }
  return store;
}

/** The background's User Timing entry for the store's cold start (read by `npm run bench:pages`). */
export const STORE_LOAD_MEASURE = 'gloss-store:load';

function recordStoreLoad(started: number): void {
  try {
    performance.measure(STORE_LOAD_MEASURE, { start: started, end: performance.now() });
  } catch {
    // Only the benchmark reads it; a worker without User Timing still loads the store.
  }
}

/**
 * Returns a getter that loads the store on first call and then always answers the same promise, so
 * one background start loads it once. A failed load resolves to null (annotate then finds nothing)
 * instead of rejecting, so no message handler ever crashes on it.
 */
export function createStoreLoader(
  load: () => Promise<KnowledgeStore> = fetchPackagedStore,
): () => Promise<KnowledgeStore | null> {
  let pending: Promise<KnowledgeStore | null> | undefined;
  return () => {
    pending ??= (async () => {
      const started = performance.now();
      try {
        const store = await load();
        recordStoreLoad(started);
        console.info(
          `Gloss: knowledge store loaded in ${Math.round(performance.now() - started)} ms (${store.entities.length} entities)`,
        );
        return store;
      } catch (error) {
        console.error('Gloss: the knowledge store could not be loaded; no names will be linked.', error);
        return null;
      }
    })();
    return pending;
  };
}
