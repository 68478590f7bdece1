import type { KnowledgeStore } from './store';
import type { CompiledStore, StoreEntity } from './types';
import { STORE_FORMAT } from './types';

/**
 * The whole CompiledStore back from an opened store with its details attached: what `kb stats`
 * and `kb find` read, and the base a pack merge rebuilds from. Throws when the details are missing.
 */
export function toCompiledStore(store: KnowledgeStore): CompiledStore {
  if (!store.hasDetails()) throw new Error('the store has no details attached');
  const entities: StoreEntity[] = [];
  for (let i = 0; i < store.entities.length; i++) {
    const entity = store.entity(i);
    if (entity) entities.push(entity);
  }
  return { format: STORE_FORMAT, asOf: store.asOf, sources: [...store.sources.values()], entities };
}
