import type { KnowledgeStore, Relation } from './store';

export type { Relation } from './store';

/** The relations of one entity, as the store compiler derived them from its facts (see store-derive.ts). */
export function relationsOf(store: KnowledgeStore, entity: number): readonly Relation[] {
  return store.relations(entity);
}

/** A country: a place with a capital that lies in no country itself (a state of one lies in it). */
export function isCountry(store: KnowledgeStore, entity: number): boolean {
  if (store.entities[entity]?.type !== 'place') return false;
  const relations = store.relations(entity);
  return relations.some((r) => r.fact === 'capital') && !relations.some((r) => r.fact === 'country');
}
