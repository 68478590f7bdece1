/**
 * Given names in running text. A name listed with a bare given name ("Paris and Kim", "David and
 * Victoria") or given to a child ("named their son Brooklyn") is itself someone's given name: not
 * the city, the borough, nor the senator whose surname it also is.
 */
import type { Occurrence } from './context';
import { TITLES } from './cues';
import type { KnowledgeStore } from './store';
import type { Token } from './tokenize';
import { tokenAt } from './tokenize';

/** A run of capitalised words [first, last]: one item of a list of names. */
interface Item {
  first: number;
  last: number;
}

// Compared as strings, not looked up in a set: a set would hash the text of every word of a page.
const isConjunction = (key: string) => key === 'and' || key === 'or';
// Before a list, these say its names are places ("flights to Paris and John's home town"): the
// coordination tells nothing then.
const PLACE_LEADS: ReadonlySet<string> = new Set(
  'in at to from near into across throughout between via toward towards outside inside'.split(' '),
);
// "named their son ...", "a daughter called ...".
const CHILDREN: ReadonlySet<string> = new Set(
  'son sons daughter daughters child children baby babies twins boy girl kids newborn'.split(' '),
);
// The verbs that name a child.
const isNaming = (key: string) => key === 'named' || key === 'called' || key === 'christened';
const WHOSE: ReadonlySet<string> = new Set(['their', 'his', 'her', 'the']);
// A place or body this prominent keeps its name even beside a given name: "Jordan and Mark".
const PROMINENT = 0.6;
// People this prominent are named by their surname alone (see famousSurname in link-score.ts).
const KNOWN_BY_SURNAME = 0.7;

function isCap(token: Token | undefined): token is Token {
  return token !== undefined && (token.shape === 'cap' || token.shape === 'upper');
}

/** Whether the capitalised word at `at` continues the name before it ("Harper Seven"). */
function continuesName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return isCap(token) && token.gap === ' ' && !token.breakBefore && !token.sentenceStart;
}

/** Whether a list goes on at `at`: a word there, in the same sentence. */
function sameSentence(token: Token | undefined): token is Token {
  return token !== undefined && !token.breakBefore && !token.sentenceStart;
}

/**
 * The names listed from token `first` on: "Brooklyn, Romeo, Cruz, and Harper Seven". `joined` when
 * a conjunction ends the list, `clause` when only ", and" joins two names (which more often joins
 * two clauses: "He stayed in Paris, and John left").
 */
function listFrom(tokens: readonly Token[], first: number) {
  const items: Item[] = [];
  let joined = false;
  let clause = false;
  for (let at = first; isCap(tokens[at]);) {
    let last = at;
    while (continuesName(tokens, last + 1)) last++;
    items.push({ first: at, last });
    const next = tokens[last + 1];
    if (joined || !sameSentence(next)) break;
    if (next.gap === ', ' && isCap(next)) at = last + 1;
    else if (isConjunction(next.key) && (next.gap === ' ' || next.gap === ', ')) {
      if (!sameSentence(tokens[last + 2]) || tokens[last + 2]?.gap !== ' ') break;
      joined = true;
      clause = next.gap === ', ' && items.length === 1;
      at = last + 2;
    } else break;
  }
  return { items, joined, clause };
}

/** The first token of the list whose conjunction is token `conjunction`. */
function listStart(tokens: readonly Token[], conjunction: number): number {
  let start = conjunction - 1;
  for (;;) {
    while (continuesName(tokens, start) && isCap(tokenAt(tokens, start - 1))) start--;
    const token = tokens[start];
    if (!token || token.gap !== ', ' || token.breakBefore || !isCap(tokenAt(tokens, start - 1))) return start;
    start--;
  }
}

/** Whether a person's name starts with a title, as "Prince William" does: the word then is their first name. */
function titled(store: KnowledgeStore, entity: number): boolean {
  const name = store.nameKey(entity);
  return TITLES.has(name.slice(0, name.indexOf(' ')));
}

/**
 * Whether an item is a bare given name ("Kim", "David") that neither a prominent place or body
 * goes by nor someone news names by that word alone: "Samsung and Lee", "Trump and James" list a
 * company and its heir, a man and his prosecutor (but "Prince William" is named by his first name).
 */
function isGivenName(store: KnowledgeStore, tokens: readonly Token[], item: Item, occ?: Occurrence): boolean {
  const token = tokens[item.first];
  if (item.first !== item.last || token?.shape !== 'cap' || !store.givenNames.has(token.key)) return false;
  for (const p of occ?.match.postings ?? []) {
    const entity = store.entities[p.entity];
    if (!entity || entity.prior < (entity.type === 'person' ? KNOWN_BY_SURNAME : PROMINENT)) continue;
    if (entity.type === 'person' ? p.weak && !titled(store, p.entity) : !p.weak) return false;
  }
  return true;
}

/** Marks the names within items as given names: the whole of a listed one, any part of a named one. */
function mark(
  items: readonly Item[],
  byFirst: ReadonlyMap<number, Occurrence>,
  how: 'listed' | 'named',
): void {
  for (const item of items)
    for (let t = item.first; t <= (how === 'named' ? item.last : item.first); t++) {
      const occ = byFirst.get(t);
      if (occ && occ.match.last <= item.last && occ.cues.givenName !== 'named') occ.cues.givenName = how;
    }
}

/** "Paris and Kim": one-word names coordinated with a bare given name. */
function coordinated(
  store: KnowledgeStore,
  tokens: readonly Token[],
  conjunction: number,
  byFirst: ReadonlyMap<number, Occurrence>,
): void {
  const start = listStart(tokens, conjunction);
  const head = tokens[start];
  // "St. Paul and Minneapolis": after a dot or a hyphen, the first name is the end of a longer one.
  if (!head || (!head.sentenceStart && head.gap !== ' ' && head.gap !== ', ')) return;
  if (PLACE_LEADS.has(tokenAt(tokens, start - 1)?.key ?? '')) return;
  const { items, joined, clause } = listFrom(tokens, start);
  if (!joined || clause || items.length < 2) return;
  const singles = items.filter((item) => item.first === item.last);
  if (singles.some((item) => isGivenName(store, tokens, item, byFirst.get(item.first))))
    mark(singles, byFirst, 'listed');
}

/** The token after "named their children", "a son called": where the names given start, or -1. */
function namesGivenAt(tokens: readonly Token[], naming: number): number {
  const after = tokens[naming + 1];
  const after2 = tokens[naming + 2];
  // "named their children Brooklyn, Romeo ...".
  if (WHOSE.has(after?.key ?? '') && CHILDREN.has(after2?.key ?? '')) return naming + 3;
  // "a daughter called Harper", "twins named ...", but not "his son called Biden a liar".
  if (!CHILDREN.has(tokenAt(tokens, naming - 1)?.key ?? '')) return -1;
  const article = tokenAt(tokens, naming - 2)?.key === 'a' || tokenAt(tokens, naming - 2)?.key === 'an';
  return article || tokens[naming]?.key !== 'called' ? naming + 1 : -1;
}

/** Marks given names in one block's occurrences: coordinated with a bare given name, or given to a child. */
export function markGivenNames(
  store: KnowledgeStore,
  tokens: readonly Token[],
  occurrences: readonly Occurrence[],
): void {
  let byFirst: Map<number, Occurrence> | undefined;
  const occurrenceAt = () => (byFirst ??= new Map(occurrences.map((o) => [o.match.first, o])));
  tokens.forEach((token, t) => {
    // The word first: most words are neither a conjunction nor a naming verb.
    const key = token.key;
    if (isConjunction(key)) {
      if (token.shape === 'lower' && isCap(tokenAt(tokens, t - 1)) && isCap(tokens[t + 1]))
        coordinated(store, tokens, t, occurrenceAt());
    } else if (isNaming(key) && token.shape === 'lower') {
      const given = namesGivenAt(tokens, t);
      if (given >= 0 && isCap(tokens[given]) && sameSentence(tokens[given]))
        mark(listFrom(tokens, given).items, occurrenceAt(), 'named');
    }
  });
}
