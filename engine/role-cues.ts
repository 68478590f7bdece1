/**
 * What a sentence says a name is, beyond the words right next to it: a code name ("Cairo was the
 * code name for a project"), a part of a country ("Macedonia is a province of Greece"), which no
 * country is, or what is named after a person ("Walter Reed hospital").
 */
import type { Occurrence } from './context';
import { isCountry } from './relations';
import type { KnowledgeStore } from './store';
import type { Token } from './tokenize';

// Words between a name and "code name" that keep the name as what is called so: "Cairo was the
// project's code name", "Longhorn, the internal codename".
const CODE_NAME_LINKS: ReadonlySet<string> = new Set(
  'is was were are be been became becomes remains the a an its their his her also only original internal secret working project'.split(
    ' ',
  ),
);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'became', 'becomes']);
// Between a name and "code name", one of these says the name is what is called so: "Cairo was the
// code name", not "gave Cairo the code name".
const CODE_NAME_VERBS: ReadonlySet<string> = new Set([...COPULAS, 'were', 'are', 'be', 'been']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
// Parts of a country a country cannot be. Not "region" nor "city": Hong Kong is "a special
// administrative region of China" and "a city in southern China", and is a country of the store.
const PARTS: ReadonlySet<string> = new Set(
  'province state county district prefecture municipality'.split(' '),
);

// "a state in which Russia ...": what follows is a clause, not the place the name lies in.
const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'whom', 'whose', 'where', 'what', 'who']);

// Lower-case nouns after a person's name that make it the name of a place or prize named after them.
const NAMED_AFTER_NOUNS: ReadonlySet<string> = new Set(
  'hospital airport stadium arena bridge tunnel street avenue boulevard highway station prize award medal trophy cemetery school college memorial'.split(
    ' ',
  ),
);

// Lower-case nouns after a place's name that make it the name of its team: "Cleveland coach Romeo
// Crennel", "former Boston star Johnny Pesky", "England captain Harry Kane". Not words of other
// senses ("forward", "keeper").
const TEAM_ROLES: ReadonlySet<string> = new Set(
  'coach manager star striker goalkeeper midfielder winger captain skipper quarterback pitcher shortstop outfielder infielder linebacker cornerback tailback fullback halfback rookie teammate teammates fans supporters'.split(
    ' ',
  ),
);
// A city has a mayor: a president after its name is a club's or a company's ("Boston president Larry
// Lucchino"). After a country it is the head of state ("Ukraine president"), so this is 'president'.
const CLUB_HEADS: ReadonlySet<string> = new Set(['president', 'chairman']);

function sameSentence(token: Token | undefined): token is Token {
  return token !== undefined && !token.breakBefore && !token.sentenceStart;
}

/** Where "code name" ends when it starts at token `at` ("codename", "code name", "code-named"), or -1. */
function codeNameEnd(tokens: readonly Token[], at: number): number {
  const key = tokens[at]?.key ?? '';
  if (key.startsWith('codename')) return key.length <= 'codenamed'.length ? at : -1;
  const next = tokens[at + 1];
  if (key !== 'code' || !sameSentence(next) || (next.gap !== ' ' && next.gap !== '-')) return -1;
  return next.key === 'name' || next.key === 'named' || next.key === 'names' ? at + 1 : -1;
}

function markCode(occ: Occurrence | undefined): void {
  if (occ) occ.cues.codeName = true;
}

/** The name a "code name" at tokens [at, end] gives: right after it, else right before its link words. */
function markCodeName(tokens: readonly Token[], at: number, end: number, occurrences: readonly Occurrence[]) {
  // "codenamed Cairo", 'under the code name "Cairo"'.
  const after = tokens[end + 1];
  if (sameSentence(after) && after.shape !== 'lower' && after.shape !== 'digit')
    markCode(occurrences.find((o) => o.match.first === end + 1));
  // "Cairo was the code name for ...", "Cairo, the codename of ...".
  let before = at - 1;
  let verb = false;
  while (before > at - 5 && CODE_NAME_LINKS.has(tokens[before]?.key ?? '') && sameSentence(tokens[before]))
    verb ||= CODE_NAME_VERBS.has(tokens[before--]?.key ?? '');
  const link = tokens[before + 1];
  if (before < at - 1 && sameSentence(link) && (verb || link.gap === ', '))
    markCode(occurrences.find((o) => o.match.last === before));
}

/** Whether the words after a name say it is a part of a country the document names: "is a province of Greece". */
function saidPartOfCountry(
  store: KnowledgeStore,
  tokens: readonly Token[],
  occ: Occurrence,
  byFirst: () => ReadonlyMap<number, Occurrence>,
): boolean {
  let at = occ.match.last + 1;
  const next = tokens[at];
  // "Macedonia is a province of", "Macedonia, a province of".
  if (!sameSentence(next)) return false;
  if (COPULAS.has(next.key) && next.gap === ' ') at++;
  else if (next.gap !== ', ') return false;
  if (!ARTICLES.has(tokens[at]?.key ?? '')) return false;
  // "a northern province", "the largest city".
  at = skipLowerWords(tokens, at + 1, PARTS);
  const of = tokens[at + 1];
  if (!PARTS.has(tokens[at]?.key ?? '') || (of?.key !== 'of' && of?.key !== 'in') || !sameSentence(of))
    return false;
  // "of Greece", "in the US", "in northern Greece".
  at = skipLowerWords(tokens, at + 2, RELATIVES);
  const country = byFirst().get(at);
  return (
    country !== undefined &&
    sameSentence(tokens[at]) &&
    country.match.postings.some((p) => !p.weak && isCountry(store, p.entity))
  );
}

/** The first token from `at` on that is not one of two lower-case words of the sentence (nor in `stop`). */
function skipLowerWords(tokens: readonly Token[], at: number, stop?: ReadonlySet<string>): number {
  for (let skipped = 0; skipped < 2; skipped++, at++) {
    const token = tokens[at];
    if (!sameSentence(token) || token.shape !== 'lower' || stop?.has(token.key)) break;
  }
  return at;
}

/** "an unscheduled trip to Walter Reed hospital": the noun right after a name (no possessive) says what bears it. */
function namedAfter(tokens: readonly Token[], last: number): boolean {
  const end = tokens[last];
  const after = tokens[last + 1];
  return (
    end?.fullEnd === end?.end &&
    sameSentence(after) &&
    after.gap === ' ' &&
    after.shape === 'lower' &&
    NAMED_AFTER_NOUNS.has(after.key)
  );
}

/**
 * "Cleveland coach Romeo Crennel": the team role right after a name (no possessive), or 'president'
 * for the head of a club, which only a city's name tells apart (see Cues.teamRole).
 */
function teamRole(tokens: readonly Token[], last: number): 'team' | 'president' | null {
  const end = tokens[last];
  const after = tokens[last + 1];
  if (end?.fullEnd !== end?.end || !sameSentence(after) || after.gap !== ' ' || after.shape !== 'lower')
    return null;
  if (TEAM_ROLES.has(after.key)) return 'team';
  return CLUB_HEADS.has(after.key) ? 'president' : null;
}

/** "Lebanon, Ohio": the keys of the name right after a comma, and of its readings' names (see Cues.qualifiedBy). */
function qualifier(store: KnowledgeStore, tokens: readonly Token[], next: Occurrence | undefined): string[] {
  const head = next === undefined ? undefined : tokens[next.match.first];
  if (!next || head?.gap !== ', ' || head.breakBefore) return [];
  return [next.match.key, ...next.match.postings.map((p) => store.nameKey(p.entity))];
}

/**
 * Marks the names one block's sentences call a code name or a part of a country, those a place is
 * named after, those a team role follows, and those a name after a comma qualifies.
 */
export function markRoles(
  store: KnowledgeStore,
  tokens: readonly Token[],
  occurrences: readonly Occurrence[],
): void {
  tokens.forEach((token, t) => {
    // The first letter first: few words start with "code".
    if (token.key.charCodeAt(0) !== 0x63 || !token.key.startsWith('code')) return;
    const end = codeNameEnd(tokens, t);
    if (end >= 0) markCodeName(tokens, t, end, occurrences);
  });
  let byFirst: Map<number, Occurrence> | undefined;
  const occurrenceAt = () => (byFirst ??= new Map(occurrences.map((o) => [o.match.first, o])));
  for (const occ of occurrences) {
    if (namedAfter(tokens, occ.match.last)) occ.cues.namedAfter = true;
    const role = teamRole(tokens, occ.match.last);
    if (role) occ.cues.teamRole = role;
    // Cheapest first: most names are followed by no comma.
    if (tokens[occ.match.last + 1]?.gap === ', ') {
      const keys = qualifier(store, tokens, occurrenceAt().get(occ.match.last + 1));
      if (keys.length > 0) occ.cues.qualifiedBy = keys;
    }
    const next = tokens[occ.match.last + 1];
    // Cheapest first: most names are followed by neither a copula nor a comma and an article.
    if (!next || (!COPULAS.has(next.key) && !(next.gap === ', ' && ARTICLES.has(next.key)))) continue;
    if (saidPartOfCountry(store, tokens, occ, occurrenceAt)) occ.cues.partOfCountry = true;
  }
}
