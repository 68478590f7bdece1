import type { CompiledStore, StoreEntity } from '../engine/types';
import { nameKey } from '../knowledge/keys';

export interface FindMatch {
  id: string;
  name: string;
  type: string;
  wikipedia: string | null;
  description: string;
}

/**
 * Finds entities by name, alias or English Wikipedia title. Keys are normalised (case, accents,
 * apostrophes folded) and a title's underscores read as spaces, so "donbas", "Donbas" and
 * "Nord_Stream_2" all match. Results are ordered by prior, highest first.
 */
export function makeFinder(store: CompiledStore): (query: string) => FindMatch[] {
  const index = new Map<string, StoreEntity[]>();
  for (const e of store.entities) {
    const names = [e.name, ...e.aliases.map((a) => a.text), ...(e.wikipedia ? [e.wikipedia] : [])];
    for (const key of new Set(names.map(nameKey))) index.set(key, [...(index.get(key) ?? []), e]);
  }
  return (query) =>
    [...(index.get(nameKey(query.replace(/_/g, ' '))) ?? [])]
      .sort((a, b) => b.prior - a.prior || (a.id < b.id ? -1 : 1))
      .map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        wikipedia: e.wikipedia,
        description: e.description,
      }));
}
