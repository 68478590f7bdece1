/**
 * The engine's entry point: text blocks in document order in, linked mentions out, with offsets in
 * UTF-16 units of each original block.
 */
import { findAcronymDefinitions } from './acronyms';
import type { DocumentContext, Occurrence } from './context';
import { createDocumentContext, gatherEvidence } from './context';
import type { Cues } from './cues';
import { cuesAround } from './cues';
import { demonymEntities } from './demonyms';
import type { Coverage } from './extra-matches';
import { coveredTokens, hyphened, withDemonyms, withSurnames } from './extra-matches';
import { markGivenNames } from './given-names';
import { linkOccurrences } from './linker';
import { matchTokens } from './matcher';
import type { MentionData } from './messages';
import type { NormalizedText } from './normalize';
import { normalize, toOriginalSpan } from './normalize';
import { markRoles } from './role-cues';
import type { SportCues } from './sport';
import { isSportBlock, mayNameTeam, sportCues } from './sport';
import type { KnowledgeStore } from './store';
import type { Token } from './tokenize';
import { tokenize, tokenAt } from './tokenize';

export type { DocumentContext } from './context';
export { createDocumentContext } from './context';

/** Options of `annotateBlocks`. */
export interface AnnotateOptions {
  /** The page's context from earlier requests; evidence from these blocks is added to it. */
  context?: DocumentContext;
  /** Link demonyms ("Chinese") to their country (settings.demonyms; off by default). */
  demonyms?: boolean;
  /** Lowest score returned; the caller filters by the reader's threshold. Default 0.2. */
  floor?: number;
  /** Parts switched off for ablation (eval): `LINKER_PARTS` and 'surnames'. */
  ablate?: readonly string[];
}

export const DEFAULT_FLOOR = 0.2;

interface BlockText {
  norm: NormalizedText;
  tokens: Token[];
  /** Sport words and results in the block (engine/sport.ts). */
  sport: SportCues;
}

/** A short block whose words are mostly capitalised (or all in caps) is a headline: capitals say little there. */
function isHeadline(tokens: readonly Token[], text: string): boolean {
  if (tokens.length < 2 || tokens.length > 20 || /[.!?]["”’)]?\s*$/.test(text)) return false;
  const long = tokens.slice(1).filter((t) => t.key.length > 3);
  if (long.length === 0) return false;
  return long.filter((t) => t.shape !== 'lower').length / long.length >= 0.6;
}

/** Names listed together share a cue: in "in Asia, Europe and beyond", Europe is a place too. */
function shareListCues(tokens: readonly Token[], occurrences: readonly Occurrence[]): void {
  for (let i = 1; i < occurrences.length; i++) {
    const prev = occurrences[i - 1];
    const cur = occurrences[i];
    if (!prev || !cur || cur.cues.type || !prev.cues.type) continue;
    const next = tokens[cur.match.first];
    const between = tokens[prev.match.last + 1];
    const comma = cur.match.first === prev.match.last + 1 && next?.gap === ', ';
    const conjunction =
      cur.match.first === prev.match.last + 2 && (between?.key === 'and' || between?.key === 'or');
    if (comma || conjunction) cur.cues.type = prev.cues.type;
  }
}

/** Whether the capitalised words from `from` end in a plural: "Stock Exchanges", "Counties". */
function pluralHeadAt(tokens: readonly Token[], from: number): boolean {
  let last: Token | undefined;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.breakBefore || token.gap !== ' ' || token.shape !== 'cap') break;
    last = token;
  }
  return last !== undefined && last.fullEnd === last.end && last.key.length > 3 && last.key.endsWith('s');
}

// Plural heads written in lower case after a list of names ("Los Angeles and Orange counties").
const LIST_HEADS: ReadonlySet<string> = new Set(['counties', 'provinces', 'prefectures', 'boroughs']);

/** The first token of the list of capitalised names that ends right before token `and`. */
function listStart(tokens: readonly Token[], and: number): number {
  let start = and;
  for (let i = and - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token || token.shape === 'lower' || token.shape === 'digit') break;
    start = i;
    if (token.breakBefore || (token.gap !== ' ' && token.gap !== ', ')) break;
    // An item's first word follows a comma; the list goes on before it.
    if (token.gap === ', ' && tokenAt(tokens, i - 1)?.shape === 'lower') break;
  }
  return start;
}

/**
 * "the Tokyo and London Stock Exchanges", "Los Angeles, Orange and Riverside counties": names
 * listed before a plural head they share are parts of longer names (the exchanges, the counties),
 * not the cities, so each is doubted like a name a capitalised word continues.
 */
function shareElidedHeads(tokens: readonly Token[], occurrences: readonly Occurrence[]): void {
  for (let i = 1; i < occurrences.length; i++) {
    const cur = occurrences[i];
    const and = cur ? cur.match.first - 1 : -1;
    if (!cur || (tokens[and]?.key !== 'and' && tokens[and]?.key !== 'or')) continue;
    const next = tokens[cur.match.last + 1];
    const lowerHead = next?.gap === ' ' && !next.breakBefore && LIST_HEADS.has(next.fullKey);
    if (!lowerHead && !(cur.cues.capAfter && pluralHeadAt(tokens, cur.match.last + 1))) continue;
    const start = listStart(tokens, and);
    for (let j = i; j >= 0; j--) {
      const occ = occurrences[j];
      if (!occ || occ.block !== cur.block || occ.match.first < start) break;
      occ.cues.capAfter = true;
    }
  }
}

/**
 * "Eric Reeves, one of ...": a sentence's first word that is a given name, right before a one-word
 * match, makes one person's name with it, as any capitalised word before it would mid-sentence
 * (cuesAround cannot tell a given name from a sentence's first word). Not a given name the story
 * also writes in lower case ("Will Trump sign it?"), nor one that is itself a name matched here
 * ("Virginia Democrats won").
 */
function givenNameBefore(
  store: KnowledgeStore,
  tokens: readonly Token[],
  match: { first: number; last: number },
  { covered, lowerWords }: { covered: ReadonlySet<number>; lowerWords: ReadonlySet<string> },
): boolean {
  const before = tokenAt(tokens, match.first - 1);
  const head = tokens[match.first];
  return (
    match.first === match.last &&
    before?.sentenceStart === true &&
    before.shape === 'cap' &&
    head?.gap === ' ' &&
    !head.breakBefore &&
    store.firstNames.has(before.key) &&
    !lowerWords.has(before.key) &&
    !covered.has(match.first - 1)
  );
}

/**
 * The cues around a match, with what only the store knows: whether the capitalised word before it is
 * a demonym ("the Afghan Taliban") or a given name opening the sentence ("Eric Reeves").
 */
function cuesOf(
  store: KnowledgeStore,
  tokens: readonly Token[],
  match: { first: number; last: number },
  { covered, matches, lowerWords }: Coverage,
): Cues {
  const cues = cuesAround(tokens, match, covered);
  if (hyphened(tokens, match.last, matches, cues)) cues.hyphenedAfter = true;
  const before = tokenAt(tokens, match.first - 1);
  if (!cues.capBefore && givenNameBefore(store, tokens, match, { covered, lowerWords })) {
    cues.capBefore = true;
    cues.surnameOf = !cues.capAfter;
    cues.lead = false;
  } else if (cues.capBefore && before !== undefined && demonymEntities(store).has(before.key))
    cues.demonymBefore = true;
  return cues;
}

function occurrencesOf(
  store: KnowledgeStore,
  blocks: readonly BlockText[],
  options: { demonyms: boolean; context: DocumentContext },
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  blocks.forEach((block, b) => {
    const headline = isHeadline(block.tokens, block.norm.text);
    const sport = isSportBlock(block.sport, options.context);
    const found = matchTokens(store, block.tokens, block.norm.text);
    const matches = withDemonyms(store, block.tokens, found, options.demonyms);
    const covering = { covered: coveredTokens(matches), matches, lowerWords: options.context.lowerWords };
    const own = matches.map((match) => ({
      block: b,
      match,
      cues: cuesOf(store, block.tokens, match, covering),
      headline,
      sport: sport && mayNameTeam(block.tokens, match.first),
    }));
    shareListCues(block.tokens, own);
    shareElidedHeads(block.tokens, own);
    markGivenNames(store, block.tokens, own);
    markRoles(store, block.tokens, own);
    occurrences.push(...own);
  });
  return occurrences;
}

/** Adds the surnames of people named in full (anywhere in the document so far) as candidates. */
function addSurnames(
  store: KnowledgeStore,
  texts: readonly BlockText[],
  occurrences: Occurrence[],
  context: DocumentContext,
): Occurrence[] {
  const out: Occurrence[] = [];
  // Occurrences come in block order, so a block's own are the next run of them.
  let next = 0;
  texts.forEach((block, b) => {
    const from = next;
    while (occurrences[next]?.block === b) next++;
    const own = occurrences.slice(from, next);
    const ownMatches = own.map((o) => o.match);
    const matches = withSurnames(store, block.tokens, ownMatches, context);
    // The same list back: no surname was added (postings may have been), and the block stays as it was.
    if (matches === ownMatches) {
      out.push(...own);
      return;
    }
    const byMatch = new Map(own.map((o) => [o.match, o]));
    const covering = { covered: coveredTokens(matches), matches, lowerWords: context.lowerWords };
    const sport = isSportBlock(block.sport, context);
    for (const match of matches)
      out.push(
        byMatch.get(match) ?? {
          block: b,
          match,
          cues: cuesOf(store, block.tokens, match, covering),
          headline: false,
          sport: sport && mayNameTeam(block.tokens, match.first),
        },
      );
  });
  return out;
}

/** Finds and links the named entities of text blocks given in document order. */
export function annotateBlocks(
  store: KnowledgeStore,
  blocks: readonly string[],
  options: AnnotateOptions = {},
): MentionData[] {
  const context = options.context ?? createDocumentContext();
  const texts: BlockText[] = blocks.map((text) => {
    const norm = normalize(text);
    const tokens = tokenize(norm.text);
    return { norm, tokens, sport: sportCues(tokens, norm.text) };
  });
  for (const block of texts) {
    context.sportCues += block.sport.cues;
    context.words += block.tokens.length;
    for (const token of block.tokens) if (token.shape === 'lower') context.lowerWords.add(token.key);
    findAcronymDefinitions(block.tokens, context.acronyms);
  }
  const demonyms = options.demonyms === true;
  let occurrences = occurrencesOf(store, texts, { demonyms, context });
  gatherEvidence(store, occurrences, context);
  const off = new Set(options.ablate ?? []);
  if ((context.surnames.size > 0 || context.givenNames.size > 0) && !off.has('surnames'))
    occurrences = addSurnames(store, texts, occurrences, context);
  const links = linkOccurrences(store, occurrences, { context, floor: options.floor ?? DEFAULT_FLOOR, off });
  return links
    .map(({ occ, entity, score }) => {
      const block = texts[occ.block];
      const [start, end] = block ? toOriginalSpan(block.norm, occ.match.start, occ.match.end) : [0, 0];
      const e = store.entities[entity];
      return { block: occ.block, start, end, entityId: e?.id ?? '', type: e?.type ?? 'other', score };
    })
    .sort((a, b) => a.block - b.block || a.start - b.start);
}
