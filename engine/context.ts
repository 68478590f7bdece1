/**
 * What a document has established so far, kept across annotate requests for one page so that a
 * full name in an early block still supports its short form in a block sent later.
 */
import type { Cues } from './cues';
import { HONORIFICS, TITLES } from './cues';
import type { Match } from './matcher';
import { relationsOf } from './relations';
import type { KnowledgeStore } from './store';

/** Evidence gathered from a document's blocks; create with `createDocumentContext`, pass it back for later blocks. */
export interface DocumentContext {
  /** Entity id → the alias keys it was named by with a strong (non-weak) alias. */
  strong: Map<string, Set<string>>;
  /** Last word of a person's full name seen in the document → that person's id ("denisov"). */
  surnames: Map<string, string>;
  /** First word of a person's full name → that person's id, or '' once two people share it ("taylor"). */
  givenNames: Map<string, string>;
  /** Alias keys matched anywhere in the document, and the names of their likeliest readings. */
  keys: Set<string>;
  /** Alias keys met capitalised mid-sentence: the document uses them as names, not as sentence-initial words. */
  trustedKeys: Set<string>;
  /** Alias key → the entity it was linked to (one sense per name per document). */
  senses: Map<string, string>;
  /** Place named by a fact of a likely reading of some place's name in the document → those names' keys (for siblings). */
  anchors: Map<string, Set<string>>;
  /** Words the document writes in lower case: a name spelt like one of them is also a common word there. */
  lowerWords: Set<string>;
  /** One-word names the document also uses as the end of a longer name it does not know ("Mal Moore"). */
  tails: Set<string>;
  /** Names the document gives a place or prize named after someone ("Walter Reed hospital"). */
  namedAfter: Set<string>;
  /** Acronyms the document defines ("artificial pancreas (AP)") → the key of the words they stand for. */
  acronyms: Map<string, string>;
  /** Sport words and results in the document so far (engine/sport.ts), and all its words. */
  sportCues: number;
  words: number;
}

/** A fresh, empty document context. */
export function createDocumentContext(): DocumentContext {
  return {
    strong: new Map(),
    surnames: new Map(),
    givenNames: new Map(),
    keys: new Set(),
    trustedKeys: new Set(),
    senses: new Map(),
    anchors: new Map(),
    lowerWords: new Set(),
    acronyms: new Map(),
    tails: new Set(),
    namedAfter: new Set(),
    sportCues: 0,
    words: 0,
  };
}

/** One match in the document with what the linker needs about its place. */
export interface Occurrence {
  block: number;
  match: Match;
  /** This occurrence's own: the annotator adds to them in place (cues are never shared). */
  cues: Cues;
  /** In a title-case or all-caps headline, where capitals say little. */
  headline: boolean;
  /** In a block of a sports report, where a country or city is most often named for its team. */
  sport: boolean;
}

/** Whether an occurrence's capitals are trustworthy: mid-sentence, not shouted, not a headline. */
export function trustedCapitals(occ: Occurrence): boolean {
  return !occ.match.sentenceStart && !occ.match.shouted && !occ.headline;
}

/** The likeliest reading of a name: the best prior among its strong aliases. */
function likeliest(store: KnowledgeStore, occ: Occurrence): number | undefined {
  let best: number | undefined;
  for (const p of occ.match.postings)
    if (
      !p.weak &&
      (best === undefined || (store.entities[p.entity]?.prior ?? 0) > (store.entities[best]?.prior ?? 0))
    )
      best = p.entity;
  return best;
}

// The likeliest reading of a name vouches for its related places, and is itself named by its full
// name: "Mandan, N.D." names North Dakota, which supports the Mandan whose state it is.
function addReading(store: KnowledgeStore, occ: Occurrence, into: DocumentContext): void {
  const best = likeliest(store, occ);
  if (best === undefined) return;
  into.keys.add(store.nameKey(best));
  // A body's or a person's country is no neighbourhood for places, a place's is: a US company named
  // in a share bar ("Share this with Facebook") said nothing for Moscow, Idaho against Moscow, while
  // the University of California still says something for San Diego.
  const place = store.entities[best]?.type === 'place';
  for (const relation of relationsOf(store, best)) {
    if (relation.fact === 'office' || relation.fact === 'headquarters') continue;
    if (relation.fact === 'country' && !place) continue;
    const keys = into.anchors.get(relation.key);
    if (keys) keys.add(occ.match.key);
    else into.anchors.set(relation.key, new Set([occ.match.key]));
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
    if (occ.cues.surnameOf) into.tails.add(occ.match.key);
    if (occ.cues.namedAfter) into.namedAfter.add(occ.match.key);
    const words = occ.match.last - occ.match.first + 1;
    // The one person the full name names; -1 when it names two (or none).
    let person: number | undefined;
    for (const posting of occ.match.postings) {
      if (posting.weak || (posting.common && !trustedCapitals(occ))) continue;
      const entity = store.entities[posting.entity];
      if (!entity) continue;
      const keys = into.strong.get(entity.id);
      if (keys) keys.add(occ.match.key);
      else into.strong.set(entity.id, new Set([occ.match.key]));
      if (entity.type === 'person' && words > 1 && person !== posting.entity)
        person = person === undefined ? posting.entity : -1;
    }
    addReading(store, occ, into);
    // A surname stands for a person only when the full name seen was not itself ambiguous.
    const id = person !== undefined && person >= 0 ? store.entities[person]?.id : undefined;
    if (id) {
      const { key } = occ.match;
      const surname = key.slice(key.lastIndexOf(' ') + 1);
      if (surname && !into.surnames.has(surname)) into.surnames.set(surname, id);
      const space = key.indexOf(' ');
      addGivenName(into, space < 0 ? key : key.slice(0, space), id);
    }
  }
}

/**
 * Records a person's first name; two people of one first name leave it standing for nobody. A title
 * or honorific that starts a name the store knows ("President Obama", "Dr Fauci") is nobody's first
 * name: a later "President-elect Trump" or "Dr Birx" is not them.
 */
function addGivenName(into: DocumentContext, given: string, id: string): void {
  if (TITLES.has(given) || HONORIFICS.has(given)) return;
  const known = into.givenNames.get(given);
  if (known === undefined) into.givenNames.set(given, id);
  else if (known !== id) into.givenNames.set(given, '');
}

/**
 * The person a one-word name repeats: the surname of someone named in full ("Walters"), else the
 * first name of the one person of that first name ("Barbara", as celebrity news writes).
 */
export function personNamedBy(context: DocumentContext, key: string): string | undefined {
  return context.surnames.get(key) ?? (context.givenNames.get(key) || undefined);
}
