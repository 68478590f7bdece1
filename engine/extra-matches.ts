/**
 * Matches the alias index alone does not make: a surname repeating a person named in full earlier
 * in the document, and demonyms ("Chinese"), which link their country only when the reader asks;
 * and what a block's matches cover, which the cues around each match read.
 */
import type { DocumentContext } from './context';
import type { Cues } from './cues';
import { personNamedBy } from './context';
import { demonymEntities } from './demonyms';
import type { Match } from './matcher';
import type { KnowledgeStore, Posting } from './store';
import type { Token } from './tokenize';

/** Token indexes that some match covers. */
export function coveredTokens(matches: readonly Match[]): Set<number> {
  const covered = new Set<number>();
  for (const m of matches) for (let t = m.first; t <= m.last; t++) covered.add(t);
  return covered;
}

/** Tokens other matches of a block cover, the matches themselves, and the document's lower-case words. */
export interface Coverage {
  covered: ReadonlySet<number>;
  matches: readonly Match[];
  lowerWords: ReadonlySet<string>;
}

/**
 * "Bristol-Myers": whether a capitalised word hyphened on that a weak name alone covers (Myers, a
 * surname) makes one longer name with the match; "Russia-Ukraine", where a full name covers it, is
 * two names. Matches never overlap, so the word right after one is covered only by a match that
 * starts there.
 */
export function hyphened(
  tokens: readonly Token[],
  last: number,
  matches: readonly Match[],
  cues: Cues,
): boolean {
  const after = tokens[last + 1];
  const glued = after !== undefined && !after.breakBefore && after.gap === '-' && after.shape === 'cap';
  if (!glued || cues.capAfter) return false;
  const next = matches.find((m) => m.first === last + 1);
  return next !== undefined && next.postings.every((p) => p.weak);
}

function singleMatch(token: Token, t: number, postings: Posting[]): Match {
  const { start, end, key, sentenceStart } = token;
  return { first: t, last: t, start, end, key, postings, sentenceStart, shouted: false, loose: false };
}

// A place or body this prominent keeps a name that is also a first name: Paris Hilton in a story
// does not make every later "Paris" hers.
const PROMINENT = 0.6;

/**
 * Whether a first name (not a surname) is also the strong name of a prominent place or body, which
 * news means far more often: "Paris", "Georgia", "Jordan".
 */
function prominentOtherName(store: KnowledgeStore, context: DocumentContext, key: string, single?: Match) {
  if (!single || context.surnames.has(key)) return false;
  for (const p of single.postings) {
    const other = store.entities[p.entity];
    if (!p.weak && other && other.type !== 'person' && other.prior >= PROMINENT) return true;
  }
  return false;
}

/** Adds, for each capitalised word repeating a person's surname or first name seen in the document, that person as a candidate. */
export function withSurnames(
  store: KnowledgeStore,
  tokens: readonly Token[],
  matches: Match[],
  context: DocumentContext,
): Match[] {
  if (context.surnames.size === 0 && context.givenNames.size === 0) return matches;
  // Computed at the first surname found: most blocks have none.
  let covered: Set<number> | undefined;
  const added: Match[] = [];
  tokens.forEach((token, t) => {
    // The shape first: it is the cheapest test, and most words fail it.
    if (token.shape !== 'cap') return;
    const id = personNamedBy(context, token.key);
    const entity = id === undefined ? undefined : store.indexOf(id);
    if (entity === undefined) return;
    const posting: Posting = { entity, weak: true, common: false, isName: false, shapes: ['cap'] };
    const single = matches.find((m) => m.first === t && m.last === t);
    if (prominentOtherName(store, context, token.key, single)) return;
    if (single && !single.postings.some((p) => p.entity === entity)) single.postings.push(posting);
    covered ??= coveredTokens(matches);
    if (!covered.has(t)) added.push(singleMatch(token, t, [posting]));
  });
  return added.length === 0 ? matches : [...matches, ...added].sort((a, b) => a.first - b.first);
}

/** Drops demonyms unless `demonyms` is on, in which case every capitalised demonym links its country. */
export function withDemonyms(
  store: KnowledgeStore,
  tokens: readonly Token[],
  matches: Match[],
  demonyms: boolean,
): Match[] {
  const byDemonym = demonymEntities(store);
  const kept = matches.filter((m) => !byDemonym.has(m.key));
  if (!demonyms) return kept;
  const covered = coveredTokens(kept);
  tokens.forEach((token, t) => {
    const countries = byDemonym.get(token.key);
    if (!countries || covered.has(t) || token.shape === 'lower' || token.shape === 'digit') return;
    const postings = countries.map((entity): Posting => ({
      entity,
      weak: false,
      common: false,
      isName: false,
      shapes: ['cap'],
    }));
    kept.push(singleMatch(token, t, postings));
  });
  return kept.sort((a, b) => a.first - b.first);
}
