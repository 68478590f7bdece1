import type { KnowledgeStore, Relation } from './store';

export type { Relation } from './store';

/** The relations of one entity, as the store compiler derived them from its facts (see store-derive.ts). */
export function relationsOf(store: KnowledgeStore, entity: number): readonly Relation[] {
  return store.relations(entity);
}
