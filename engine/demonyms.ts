import { normalizeKey } from './normalize';
import type { KnowledgeStore } from './store';

const cache = new WeakMap<KnowledgeStore, Map<string, number[]>>();

/** Demonym key ("chinese") → the entities whose `demonym` fact it is, built once per store. */
export function demonymEntities(store: KnowledgeStore): ReadonlyMap<string, number[]> {
  let map = cache.get(store);
  if (map) return map;
  map = new Map();
  const add = (key: string, i: number) => {
    const list = map?.get(key);
    if (list) list.push(i);
    else map?.set(key, [i]);
  };
  store.entities.forEach((entity, i) => {
    // A country's one-word alias that only cuts its name short ("Uzbek" for Uzbekistan) is its adjective.
    if (entity.countryCode)
      for (const alias of entity.aliases) {
        const key = normalizeKey(alias.text);
        if (
          !key.includes(' ') &&
          key.length >= 4 &&
          store.nameKey(i).startsWith(key) &&
          store.nameKey(i) !== key
        )
          add(key, i);
      }
    for (const fact of entity.facts) {
      if (fact.key !== 'demonym' || typeof fact.value !== 'string') continue;
      const key = normalizeKey(fact.value);
      // A demonym spelt like the name itself is the name, which the alias index already covers.
      if (key === store.nameKey(i)) continue;
      add(key, i);
    }
  });
  cache.set(store, map);
  return map;
}
