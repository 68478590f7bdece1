/**
 * Cue words around a mention that say what kind of thing it is ("President Putin", "the city of
 * Samarkand", "Apple Inc."), and the capitalised neighbours that say a match is only part of a
 * longer name the store does not know ("Mao" in "Mao Ning", "Shanghai" in "Shanghai Cooperation...").
 */
import type { EntityType } from './types';
import type { Token } from './tokenize';

/** What the words around a match suggest. */
export interface Cues {
  type: EntityType | null;
  /** A title right before the match ("president"), checked against the entity's office. */
  title: string | null;
  /** A capitalised word joined to the match that the match does not cover. */
  capBefore: boolean;
  capAfter: boolean;
}

const TITLES = new Set(
  'president minister premier chancellor secretary senator governor mayor king queen pope prince princess ambassador spokesman spokeswoman spokesperson chairman chairwoman ceo judge justice general admiral envoy leader emperor sheikh ayatollah dictator'.split(
    ' ',
  ),
);
// Words that follow a country's name without making one name with it ("US Prime Minister", "UK Foreign Office").
const AFTER_NAME = new Set(
  'prime vice deputy foreign defence defense finance interior trade health justice army navy government officials troops forces'.split(
    ' ',
  ),
);
const HONORIFICS = new Set('mr mrs ms miss dr sir lady lord sen rep gov gen col lt capt prof rev'.split(' '));
const PLACE_BEFORE = new Set([
  'city',
  'town',
  'village',
  'province',
  'state',
  'capital',
  'region',
  'republic',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'throughout']);
const ORG_AFTER = new Set('inc corp corporation co ltd llc plc ag gmbh'.split(' '));
// Capitalised only because a sentence or headline starts with them; not part of a name.
const SENTENCE_WORDS = new Set(
  'the a an in on at for but and or if when while as after before with by from to of this that these those his her its their our new former'.split(
    ' ',
  ),
);

function isCap(token: Token | undefined): boolean {
  return token !== undefined && (token.shape === 'cap' || token.shape === 'upper');
}

function joined(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && !right.breakBefore && right.gap === ' ';
}

/** A gap that joins two words into one name: a space, or a hyphen ("Bristol-Myers"). */
function nameGap(right: Token | undefined): boolean {
  return right !== undefined && !right.breakBefore && (right.gap === ' ' || right.gap === '-');
}

/** Reads the cue words and capitalised neighbours around tokens [first, last]; `covered` marks words other matches took. */
export function cuesAround(
  tokens: readonly Token[],
  span: { first: number; last: number },
  covered?: ReadonlySet<number>,
): Cues {
  const { first, last } = span;
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const after = tokens[last + 1];
  const linked = (left: Token | undefined, right: Token | undefined) =>
    joined(left, right) && !(right?.sentenceStart ?? true);
  let type: EntityType | null = null;
  let title: string | null = null;
  if (before && linked(before, tokens[first])) {
    if (TITLES.has(before.key)) [type, title] = ['person', before.key];
    else if (HONORIFICS.has(before.key)) type = 'person';
    else if (PLACE_PREPOSITIONS.has(before.key)) type = 'place';
  }
  if (before?.key === 'of' && before2 && PLACE_BEFORE.has(before2.key)) type = 'place';
  // "Canada Inc." is a company that has a place in its name.
  const suffix = after !== undefined && !after.breakBefore && ORG_AFTER.has(after.key) && isCap(after);
  if (suffix) type = 'organisation';
  // In ALL CAPS text every word looks like a name, so caps next to caps say nothing.
  const shouting = tokens[first]?.shape === 'upper';
  // A neighbour another match took still makes one longer name ("Al Jazeera Centre"), except across a
  // hyphen, where two names meet ("Russia-Ukraine talks").
  const neighbour = (t: Token | undefined, at: number, gapAfter: Token | undefined) =>
    (t?.shape === 'cap' || (t?.shape === 'upper' && !shouting)) &&
    !(TITLES.has(t.key) || AFTER_NAME.has(t.key)) &&
    !((covered?.has(at) ?? false) && gapAfter?.gap === '-');
  const plainBefore =
    before !== undefined &&
    !TITLES.has(before.key) &&
    !HONORIFICS.has(before.key) &&
    !SENTENCE_WORDS.has(before.key);
  const capBefore =
    (neighbour(before, first - 1, tokens[first]) &&
      !before?.sentenceStart &&
      nameGap(tokens[first]) &&
      plainBefore) ||
    // "Pacific Sunwear of California": a capitalised word, then "of", then the match.
    (before?.key === 'of' &&
      joined(before, tokens[first]) &&
      neighbour(before2, first - 2, before) &&
      !before2?.sentenceStart &&
      !TITLES.has(before2?.key ?? ''));
  const capAfter = suffix || (neighbour(after, last + 1, after) && nameGap(after) && !after?.sentenceStart);
  return { type, title, capBefore, capAfter };
}
