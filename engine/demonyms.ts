import type { KnowledgeStore } from './store';

/** Demonym key ("chinese") → the entities whose demonym it is, as the store compiler found them (see store-derive.ts). */
export function demonymEntities(store: KnowledgeStore): ReadonlyMap<string, readonly number[]> {
  return store.demonyms;
}
