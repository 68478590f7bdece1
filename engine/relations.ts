import { normalizeKey } from './normalize';
import type { KnowledgeStore } from './store';

/** A place or body an entity's facts name: its capital, country, region, or the country of an office. */
export interface Relation {
  fact: string;
  /** Normalised name of the related thing ("tbilisi", "russia"). */
  key: string;
}

const PLACE_FACTS: ReadonlySet<string> = new Set([
  'capital',
  'country',
  'region',
  'division',
  'headquarters',
]);
const cache = new WeakMap<KnowledgeStore, Map<number, Relation[]>>();

/** What an office is of: "President of Russia" → "russia", "Secretary-General of the United Nations" → "united nations". */
function officeOf(office: string): string | null {
  const at = office.lastIndexOf(' of ');
  if (at < 0) return null;
  return normalizeKey(office.slice(at + 4)).replace(/^the /, '') || null;
}

/** The relations of one entity, computed on first use and cached per store. */
export function relationsOf(store: KnowledgeStore, entity: number): readonly Relation[] {
  let perStore = cache.get(store);
  if (!perStore) cache.set(store, (perStore = new Map()));
  let relations = perStore.get(entity);
  if (relations) return relations;
  relations = [];
  for (const fact of store.entities[entity]?.facts ?? []) {
    if (PLACE_FACTS.has(fact.key)) relations.push({ fact: fact.key, key: normalizeKey(String(fact.value)) });
    else if (fact.key === 'office') {
      const key = officeOf(String(fact.value));
      if (key) relations.push({ fact: 'office', key });
    }
  }
  perStore.set(entity, relations);
  return relations;
}
