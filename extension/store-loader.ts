import type { KnowledgeStore } from '@/engine/store';
import { loadStore } from '@/engine/store';
import { STORE_PATH } from '@/engine/types';
import { storeUrl } from './store-url';

/** Fetches and parses the packaged store; throws with a clear message when it is missing or broken. */
export async function fetchPackagedStore(): Promise<KnowledgeStore> {
  const url = storeUrl();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the store file ${STORE_PATH} answered ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new Error(`the store file ${STORE_PATH} is not valid JSON`, { cause: error });
  }
  return loadStore(json);
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
