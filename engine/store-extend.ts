/**
 * A packaged store with more entities on top (the reader's knowledge packs), without rebuilding the
 * packaged index: the extra entities get a small index of their own, numbered after the packaged
 * ones, and every lookup asks both. The result links exactly as one store compiled from both lists
 * would: postings stay in entity order, packaged entities first.
 */
import type { KnowledgeStore, Posting } from './store';
import type { CompiledStore } from './types';
import { loadStore } from './store';

function mergedLookup(base: KnowledgeStore, extra: KnowledgeStore, offset: number) {
  const merged = new Map<string, readonly Posting[] | undefined>();
  return (key: string): readonly Posting[] | undefined => {
    if (merged.has(key)) return merged.get(key);
    const own = base.lookup(key);
    const added = extra.lookup(key)?.map((p) => ({ ...p, entity: p.entity + offset }));
    const list = added ? [...(own ?? []), ...added] : own;
    merged.set(key, list);
    return list;
  };
}

function mergedDemonyms(base: KnowledgeStore, extra: KnowledgeStore, offset: number) {
  const map = new Map<string, readonly number[]>(base.demonyms);
  for (const [key, list] of extra.demonyms)
    map.set(key, [...(map.get(key) ?? []), ...list.map((i) => i + offset)]);
  return map;
}

/**
 * `base` with the entities of `extra` (whose sources it lists) added after its own. Throws, like
 * loadStore, when `extra` is broken.
 */
export function extendStore(base: KnowledgeStore, extra: CompiledStore): KnowledgeStore {
  if (extra.entities.length === 0) return base;
  const sources = [...base.sources.values(), ...extra.sources];
  const added = loadStore({ ...extra, asOf: base.asOf, sources });
  const n = base.entities.length;
  const split = <T>(i: number, own: (i: number) => T, theirs: (i: number) => T) =>
    i < n ? own(i) : theirs(i - n);
  const indexOf = (id: string) => {
    const i = base.indexOf(id);
    if (i !== undefined) return i;
    const j = added.indexOf(id);
    return j === undefined ? undefined : j + n;
  };
  const entity = (i: number) => split(i, base.entity, added.entity);
  return {
    asOf: base.asOf,
    entities: [...base.entities, ...added.entities],
    sources: new Map(sources.map((source) => [source.key, source])),
    maxWords: Math.max(base.maxWords, added.maxWords),
    lookup: mergedLookup(base, added, n),
    hasPrefix: (key) => base.hasPrefix(key) || added.hasPrefix(key),
    indexOf,
    entity,
    byId: (id) => {
      const i = indexOf(id);
      return i === undefined ? undefined : entity(i);
    },
    currentId: (id) => base.currentId(id) ?? added.currentId(id),
    hasDetails: () => base.hasDetails(),
    relations: (i) => split(i, base.relations, added.relations),
    demonyms: mergedDemonyms(base, added, n),
    // A pack's few people make no given name of their own; the packaged store's stand.
    givenNames: base.givenNames,
    firstNames: base.firstNames,
    nameKey: (i) => split(i, base.nameKey, added.nameKey),
    attachDetails: (json) => base.attachDetails(json),
  };
}
