/**
 * What the matcher asks of one alias key, in one map lookup: its postings and whether some longer
 * alias starts with it. The matcher asks both of nearly every capitalised word on a page; through
 * the store that is two lookups (one per memo) of a fresh string, here it is one.
 *
 * A longer key is found from the entry of its first words and the next word, in a map of that entry
 * only: its text (and a hash of that text) is made once, when the entry is first made, not for every
 * word a name might continue with.
 */
import type { KnowledgeStore, Posting } from './store';

/** One key's postings (if any) and whether longer alias keys extend it. */
export interface AliasEntry {
  /** The alias key ("united states"). */
  readonly key: string;
  readonly postings: readonly Posting[] | undefined;
  readonly extendable: boolean;
  /** Entries of the keys one word longer, by the separator and word that follow ("next" below). */
  longer: Map<string, AliasEntry> | null;
}

/** The entries of a store's alias keys: of a first word, and of a key one word longer than another. */
export interface AliasEntries {
  first(key: string): AliasEntry;
  /** The entry of `entry.key + gap + word`. */
  next(entry: AliasEntry, gap: string, word: string): AliasEntry;
}

// Bounds the cache, as the store's own memo is bounded: the background runs for days.
const ENTRY_LIMIT = 50_000;
const caches = new WeakMap<KnowledgeStore, AliasEntries>();

function entryReader(store: KnowledgeStore): AliasEntries {
  let firsts = new Map<string, AliasEntry>();
  let size = 0;
  const make = (key: string): AliasEntry => {
    // Dropping the first words' map drops every longer entry with it.
    if (++size > ENTRY_LIMIT) [firsts, size] = [new Map(), 1];
    return { key, postings: store.lookup(key), extendable: store.hasPrefix(key), longer: null };
  };
  return {
    first(key) {
      let entry = firsts.get(key);
      if (entry === undefined) firsts.set(key, (entry = make(key)));
      return entry;
    },
    next(entry, gap, word) {
      // Most words follow a single space: the word itself (whose hash its own lookups have made) is
      // the map's key then. Any other separator starts with a character no word starts with.
      const step = gap === ' ' ? word : gap + word;
      const longer = (entry.longer ??= new Map());
      let found = longer.get(step);
      if (found === undefined) longer.set(step, (found = make(entry.key + gap + word)));
      return found;
    },
  };
}

/** The alias entries of a store, cached per store (a store's index never changes once open). */
export function aliasEntries(store: KnowledgeStore): AliasEntries {
  let read = caches.get(store);
  if (read === undefined) caches.set(store, (read = entryReader(store)));
  return read;
}
