/**
 * What a document has established so far, kept across annotate requests for one page so that a
 * full name in an early block still supports its short form in a block sent later.
 */
import type { Cues } from './cues';
import type { Match } from './matcher';
import { relationsOf } from './relations';
import type { KnowledgeStore } from './store';

/** Evidence gathered from a document's blocks; create with `createDocumentContext`, pass it back for later blocks. */
export interface DocumentContext {
  /** Entity id → the alias keys it was named by with a strong (non-weak) alias. */
  strong: Map<string, Set<string>>;
  /** Last word of a person's full name seen in the document → that person's id ("denisov"). */
  surnames: Map<string, string>;
  /** Alias keys matched anywhere in the document. */
  keys: Set<string>;
  /** Alias keys met capitalised mid-sentence: the document uses them as names, not as sentence-initial words. */
  trustedKeys: Set<string>;
  /** Alias key → the entity it was linked to (one sense per name per document). */
  senses: Map<string, string>;
  /** Place named by a fact of a likely reading of some name in the document → those names' keys (for siblings). */
  anchors: Map<string, Set<string>>;
  /** Words the document writes in lower case: a name spelt like one of them is also a common word there. */
  lowerWords: Set<string>;
}

/** A fresh, empty document context. */
export function createDocumentContext(): DocumentContext {
  return {
    strong: new Map(),
    surnames: new Map(),
    keys: new Set(),
    trustedKeys: new Set(),
    senses: new Map(),
    anchors: new Map(),
    lowerWords: new Set(),
  };
}

/** One match in the document with what the linker needs about its place. */
export interface Occurrence {
  block: number;
  match: Match;
  cues: Cues;
  /** In a title-case or all-caps headline, where capitals say little. */
  headline: boolean;
}

/** Whether an occurrence's capitals are trustworthy: mid-sentence, not shouted, not a headline. */
export function trustedCapitals(occ: Occurrence): boolean {
  return !occ.match.sentenceStart && !occ.match.shouted && !occ.headline;
}

// The likeliest reading of a name (best prior among its strong aliases) vouches for its related places.
function addAnchor(store: KnowledgeStore, occ: Occurrence, into: DocumentContext): void {
  let best: number | undefined;
  for (const p of occ.match.postings)
    if (
      !p.weak &&
      (best === undefined || (store.entities[p.entity]?.prior ?? 0) > (store.entities[best]?.prior ?? 0))
    )
      best = p.entity;
  if (best === undefined) return;
  for (const relation of relationsOf(store, best)) {
    if (relation.fact === 'office') continue;
    const keys = into.anchors.get(relation.key) ?? new Set<string>();
    keys.add(occ.match.key);
    into.anchors.set(relation.key, keys);
  }
}

/** Adds the evidence of these occurrences to a context (a copy, or the page's own to keep it). */
export function gatherEvidence(
  store: KnowledgeStore,
  occurrences: readonly Occurrence[],
  into: DocumentContext,
): void {
  for (const occ of occurrences) {
    into.keys.add(occ.match.key);
    if (trustedCapitals(occ)) into.trustedKeys.add(occ.match.key);
    const words = occ.match.last - occ.match.first + 1;
    const persons = new Set<number>();
    for (const posting of occ.match.postings) {
      if (posting.weak || (posting.common && !trustedCapitals(occ))) continue;
      const entity = store.entities[posting.entity];
      if (!entity) continue;
      const keys = into.strong.get(entity.id) ?? new Set<string>();
      keys.add(occ.match.key);
      into.strong.set(entity.id, keys);
      if (entity.type === 'person' && words > 1) persons.add(posting.entity);
    }
    addAnchor(store, occ, into);
    // A surname stands for a person only when the full name seen was not itself ambiguous.
    const [person] = persons;
    const surname = occ.match.key.split(' ').at(-1);
    if (persons.size === 1 && person !== undefined && surname) {
      const id = store.entities[person]?.id;
      if (id && !into.surnames.has(surname)) into.surnames.set(surname, id);
    }
  }
}
