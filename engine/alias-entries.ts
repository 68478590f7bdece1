/**
 * What the matcher asks of one alias key, in one map lookup: its postings and whether some longer
 * alias starts with it. The matcher asks both of nearly every capitalised word on a page; through
 * the store that is two lookups (one per memo) of a fresh string, here it is one.
 */
import type { KnowledgeStore, Posting } from './store';

/** One key's postings (if any) and whether longer alias keys extend it. */
export interface AliasEntry {
  readonly postings: readonly Posting[] | undefined;
  readonly extendable: boolean;
}

// Bounds the cache, as the store's own memo is bounded: the background runs for days.
const ENTRY_LIMIT = 50_000;
const caches = new WeakMap<KnowledgeStore, (key: string) => AliasEntry>();

function entryReader(store: KnowledgeStore): (key: string) => AliasEntry {
  const entries = new Map<string, AliasEntry>();
  return (key) => {
    let entry = entries.get(key);
    if (entry === undefined) {
      if (entries.size >= ENTRY_LIMIT) entries.clear();
      entry = { postings: store.lookup(key), extendable: store.hasPrefix(key) };
      entries.set(key, entry);
    }
    return entry;
  };
}

/** The alias entries of a store, cached per store (a store's index never changes once open). */
export function aliasEntries(store: KnowledgeStore): (key: string) => AliasEntry {
  let read = caches.get(store);
  if (read === undefined) caches.set(store, (read = entryReader(store)));
  return read;
}
