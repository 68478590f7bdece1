/**
 * Cue words around a mention that say what kind of thing it is ("President Putin", "the city of
 * Samarkand", "Apple Inc."), and the capitalised neighbours that say a match is only part of a
 * longer name the store does not know ("Mao" in "Mao Ning", "Shanghai" in "Shanghai Cooperation...").
 */
import type { EntityType } from './types';
import type { Token } from './tokenize';
import { tokenAt } from './tokenize';

/** What the words around a match suggest. */
export interface Cues {
  type: EntityType | null;
  /** A title right before the match ("president"), checked against the entity's office. */
  title: string | null;
  /** An honorific heads the name the match ends ("Mr Jordan", "Miss Teen USA"). */
  honorific: boolean;
  /** A capitalised word joined to the match that the match does not cover. */
  capBefore: boolean;
  /** That word before is in capitals ("DJ Casey Kasem", "Labour MP Jess Phillips"): a role or a body, no first name. */
  acronymBefore: boolean;
  capAfter: boolean;
  /** A company suffix follows ("General Motors Corp"): the name is complete for an organisation. */
  suffix: boolean;
  /** One word right after a capitalised word, as a surname ends a name: "Mal [Moore]". */
  surnameOf: boolean;
  /** ALL CAPS at the start of a block or line, then a dash, comma or bracket: "LONDON (Reuters) -". */
  dateline: boolean;
  /** Right after a capitalised word and a comma, as a state follows its city: "Salem, Ore.". */
  afterNameComma: boolean;
  /** After a sentence's first word, capitalised, that is no function word: "[Investment] Canada said". */
  lead: boolean;
  /** The whole of a quotation: `on "Oprah,"` names a show or a work more often than the person. */
  quoted: boolean;
  /** The capitalised word before is a demonym: "the Afghan Taliban" (set by the annotator, which knows them). */
  demonymBefore: boolean;
  /**
   * A given name: listed with a bare one ("Paris and Kim"), or named: given to a child ("named their
   * son Brooklyn"). See engine/given-names.ts.
   */
  givenName: 'listed' | 'named' | null;
  /** Called a code name: "Cairo was the code name for a project" (engine/role-cues.ts). */
  codeName: boolean;
  /** Said to be a part of a country the document names: "Macedonia is a province of Greece" (engine/role-cues.ts). */
  partOfCountry: boolean;
  /** A lower-case noun after it names a place or prize after a person: "Walter Reed hospital" (engine/role-cues.ts). */
  namedAfter: boolean;
  /**
   * A team role follows: "Cleveland coach Romeo Crennel" is the team's coach; 'president' when a
   * club's head may follow, which after a city is no mayor's title (engine/role-cues.ts).
   */
  teamRole: 'team' | 'president' | null;
  /**
   * The keys of the name right after it and a comma, and of that name's readings: "Lebanon, Ohio"
   * is qualified by "ohio", "Athens, Ga." by "ga" and "georgia" (engine/role-cues.ts).
   */
  qualifiedBy: readonly string[] | null;
  /**
   * A capitalised word hyphened on that only a weak name covers: "Bristol-Myers" is one company's
   * name, though Myers is a surname the store knows (set by the annotator, which knows the matches).
   */
  hyphenedAfter: boolean;
}

const DATELINE_GAP = /^\s*(?:[-–—(]|,)/;
const OPENING_QUOTE = /["“'‘]\s*$/;
const CLOSING_QUOTE = /^[,.!?]?["”'’]/;

// Words that introduce a nickname in quotes: 'known as "Mayor Pete"' is the person after all.
const NICKNAME_LEADS = new Set(['as', 'called', 'dubbed', 'nicknamed']);

function isQuoted(tokens: readonly Token[], span: { first: number; last: number }): boolean {
  const head = tokens[span.first];
  const next = tokens[span.last + 1];
  if (NICKNAME_LEADS.has(tokenAt(tokens, span.first - 1)?.key ?? '')) return false;
  return (
    head !== undefined && next !== undefined && OPENING_QUOTE.test(head.gap) && CLOSING_QUOTE.test(next.gap)
  );
}

function isDateline(tokens: readonly Token[], span: { first: number; last: number }): boolean {
  const head = tokens[span.first];
  const next = tokens[span.last + 1];
  if (!head?.sentenceStart || next === undefined) return false;
  for (let t = span.first; t <= span.last; t++) if (tokens[t]?.shape !== 'upper') return false;
  return DATELINE_GAP.test(next.gap);
}

/** Titles that, right before a name, say it is a person (and which office to look for). */
export const TITLES: ReadonlySet<string> = new Set(
  'president minister premier chancellor secretary senator governor mayor king queen pope prince princess ambassador spokesman spokeswoman spokesperson chairman chairwoman ceo judge justice general admiral envoy leader emperor sheikh ayatollah dictator'.split(
    ' ',
  ),
);
// Words that follow a country's name without making one name with it ("US Prime Minister", "UK Foreign Office").
const AFTER_NAME = new Set(
  'prime vice deputy foreign defence defense finance interior trade health justice army navy government officials troops forces director chief commissioner executive official head coach manager founder'.split(
    ' ',
  ),
);
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr sir lady lord sen rep gov gen col lt capt prof rev'.split(' '),
);
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
const ORG_AFTER = new Set('inc corp corporation co ltd llc plc ag gmbh spa nv sa'.split(' '));
// Days and months follow names without being part of them ("in West Virginia Tuesday"); months
// that are also given names (May, June, August) are left out.
export const DATE_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april july september october november december'.split(
    ' ',
  ),
);
// Lower-case words inside longer names ("San Juan de Nicaragua", "Rio Grande do Sul").
const NAME_JOINS = new Set('of de do da del di du des la van von der'.split(' '));
// Capitalised only because a sentence or headline starts with them; not part of a name.
const SENTENCE_WORDS = new Set(
  'the a an in on at for but and or if when while as after before with by from to of this that these those his her its their our new former'.split(
    ' ',
  ),
);

// Words that open sentences before a name without being part of it ("Across Nicaragua", "Two Texas
// courts", "Yesterday Canada"): function words, numbers and sentence adverbs. Another capitalised
// first word right before a name may start a longer name ("Investment Canada said").
const OPENERS = new Set(
  (
    'about above across after against along amid among around at before behind below beside besides between ' +
    'beyond by despite during except for from in inside into like near of off on onto outside over past per ' +
    'since through throughout toward towards under unlike until up upon via with within without ' +
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands million millions dozens all any both each either every many most much neither no ' +
    'none other others several some such few fewer more less only i we you he she it they yesterday today ' +
    'tomorrow tonight now then meanwhile still also earlier later already again instead thus so even just ' +
    'nearly almost perhaps maybe indeed once soon recently currently elsewhere overall nationwide and but ' +
    'or nor yet because although though while whereas unless if when whenever where what which who whom ' +
    'whose why how not never there here including however therefore hence last next following'
  ).split(' '),
);

// Words that count people: "many Texans" are people of Texas, not its football team.
const QUANTIFIERS = new Set('many most some few several fellow'.split(' '));

/**
 * "Like many Texans, ...": a one-word plural name after a quantifier that ends its phrase names a
 * group of people. Followed by a word ("many Rangers fans") the name may qualify that word instead.
 */
function isGroup(tokens: readonly Token[], span: { first: number; last: number }): boolean {
  const before = tokenAt(tokens, span.first - 1);
  const word = tokens[span.first];
  const after = tokens[span.last + 1];
  return (
    span.first === span.last &&
    before !== undefined &&
    word !== undefined &&
    before.shape === 'lower' &&
    QUANTIFIERS.has(before.key) &&
    joined(before, word) &&
    word.key.endsWith('s') &&
    (after === undefined || after.breakBefore || /[,.;:!?)]/.test(after.gap))
  );
}

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

/** The kind of thing the words right before a match announce ("President", "in", "the city of"). */
function typeBefore(
  tokens: readonly Token[],
  first: number,
): { type: EntityType | null; title: string | null; honorific: boolean } {
  const before = tokenAt(tokens, first - 1);
  const before2 = tokenAt(tokens, first - 2);
  let type: EntityType | null = null;
  let title: string | null = null;
  let honorific = false;
  if (before && joined(before, tokens[first]) && !(tokens[first]?.sentenceStart ?? true)) {
    if (TITLES.has(before.key)) [type, title] = ['person', before.key];
    // "DR Congo": in capitals the letters are a name, not the honorific "Dr".
    else if (HONORIFICS.has(before.key)) [type, honorific] = ['person', before.shape === 'cap'];
    else if (PLACE_PREPOSITIONS.has(before.key)) type = 'place';
    // "Miss Teen USA", "Mr Nick Saban": across one capitalised word the honorific still heads the name.
    else if (
      isCap(before) &&
      before2?.shape === 'cap' &&
      HONORIFICS.has(before2.key) &&
      joined(before2, before) &&
      !before.sentenceStart
    )
      [type, honorific] = ['person', true];
  }
  if (before?.key === 'of' && before2 && PLACE_BEFORE.has(before2.key)) type = 'place';
  // "Ozaki Trading Co Ltd of Osaka": a company's seat follows its suffix.
  if (before?.key === 'of' && before2 && ORG_AFTER.has(before2.key) && isCap(before2)) type = 'place';
  return { type, title, honorific };
}

type Neighbour = (t: Token | undefined, at: number, gapAfter: Token | undefined) => boolean;

/** "[Pacific Sunwear] of California", "San Juan de [Nicaragua]": a capitalised word, a join word, the match. */
function joinedBefore(tokens: readonly Token[], first: number, neighbour: Neighbour): boolean {
  const before = tokenAt(tokens, first - 1);
  const before2 = tokenAt(tokens, first - 2);
  return (
    before !== undefined &&
    NAME_JOINS.has(before.key) &&
    joined(before, tokens[first]) &&
    neighbour(before2, first - 2, before) &&
    !before2?.sentenceStart &&
    !TITLES.has(before2?.key ?? '') &&
    // "Ozaki Trading Co Ltd of Osaka": the company's seat, not part of its name; "the State of
    // Texas", "the City of Chicago": the place itself.
    !ORG_AFTER.has(before2?.key ?? '') &&
    !PLACE_BEFORE.has(before2?.key ?? '')
  );
}

/** "University of [Missouri]", "Rio Grande do [Sul]": the match, a join word, a capitalised word. */
function joinedAfter(tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  const after2 = tokens[last + 2];
  return (
    after !== undefined &&
    NAME_JOINS.has(after.key) &&
    joined(tokens[last], after) &&
    joined(after, after2) &&
    after2?.shape === 'cap'
  );
}

/**
 * Whether a capitalised word joined to the match makes it part of a longer name the store lacks:
 * "Mao [Ning]", "[Pacific Sunwear] of California", "San Juan de [Nicaragua]", "Rio Grande do [Sul]".
 * `wordBefore`: a capitalised word right before it, as a first name before a surname.
 */
function capitalNeighbours(
  tokens: readonly Token[],
  span: { first: number; last: number },
  covered?: ReadonlySet<number>,
) {
  const { first, last } = span;
  const before = tokenAt(tokens, first - 1);
  const after = tokens[last + 1];
  // In ALL CAPS text every word looks like a name, so caps next to caps say nothing.
  // A single capital letter ("OS X", "Generation X") is no shouting.
  const shouting = tokens[first]?.shape === 'upper' && (tokens[first]?.key.length ?? 0) > 1;
  // A neighbour another match took still makes one longer name ("Al Jazeera Centre"), except across a
  // hyphen, where two names meet ("Russia-Ukraine talks").
  const neighbour: Neighbour = (t, at, gapAfter) =>
    (t?.shape === 'cap' || (t?.shape === 'upper' && !shouting)) &&
    !(TITLES.has(t.key) || AFTER_NAME.has(t.key) || DATE_WORDS.has(t.key)) &&
    !((covered?.has(at) ?? false) && gapAfter?.gap === '-');
  const plainBefore =
    before !== undefined &&
    !TITLES.has(before.key) &&
    !HONORIFICS.has(before.key) &&
    !SENTENCE_WORDS.has(before.key);
  // "Germany's DAX": a possessive ends the name before the match too.
  const possessiveBefore = before !== undefined && before.fullEnd > before.end;
  const wordBefore =
    !possessiveBefore &&
    neighbour(before, first - 1, tokens[first]) &&
    !before?.sentenceStart &&
    nameGap(tokens[first]) &&
    plainBefore;
  const capBefore = wordBefore || joinedBefore(tokens, first, neighbour);
  // "DJ", "MP": capitals of two letters or more, where the text is not all caps.
  const acronymBefore = wordBefore && before?.shape === 'upper' && before.key.length > 1;
  // A possessive ends the name: "Japan's Nikkei" is Japan and its index, not one longer name.
  const possessive = (tokens[last]?.fullEnd ?? 0) > (tokens[last]?.end ?? 0);
  // "CAC-40", "F-16": a number hyphened on makes the match part of a code the store lacks.
  const numberAfter =
    after !== undefined && !after.breakBefore && after.gap === '-' && after.shape === 'digit';
  const capAfter =
    !possessive &&
    ((neighbour(after, last + 1, after) && nameGap(after) && !after?.sentenceStart) ||
      joinedAfter(tokens, last) ||
      numberAfter);
  return { capBefore, capAfter, wordBefore, acronymBefore };
}

/**
 * "National Guardian Corp said": before a company suffix, the capitalised word that opens the
 * sentence is the start of the company's name, not a capital the sentence gives every first word.
 */
function companyLead(tokens: readonly Token[], first: number): boolean {
  const before = tokenAt(tokens, first - 1);
  return (
    before?.sentenceStart === true &&
    before.shape === 'cap' &&
    nameGap(tokens[first]) &&
    !SENTENCE_WORDS.has(before.key) &&
    !TITLES.has(before.key) &&
    !HONORIFICS.has(before.key)
  );
}

/** Reads the cue words and capitalised neighbours around tokens [first, last]; `covered` marks words other matches took. */
export function cuesAround(
  tokens: readonly Token[],
  span: { first: number; last: number },
  covered?: ReadonlySet<number>,
): Cues {
  const after = tokens[span.last + 1];
  const before = typeBefore(tokens, span.first);
  const { honorific } = before;
  let { type, title } = before;
  // "Canada Inc." is a company that has a place in its name.
  const suffix = after !== undefined && !after.breakBefore && ORG_AFTER.has(after.key) && isCap(after);
  if (suffix) [type, title] = ['organisation', null];
  const neighbours = capitalNeighbours(tokens, span, covered);
  const { capAfter, wordBefore, acronymBefore } = neighbours;
  const capBefore = neighbours.capBefore || (suffix && companyLead(tokens, span.first));
  const dateline = isDateline(tokens, span);
  if (dateline) type = 'place';
  else if (type === null && isGroup(tokens, span)) type = 'person';
  const head = tokens[span.first];
  const afterNameComma = head?.gap === ', ' && !head.breakBefore && isCap(tokenAt(tokens, span.first - 1));
  return {
    type,
    title,
    honorific: honorific && !suffix,
    surnameOf: wordBefore && !capAfter && span.first === span.last && !dateline,
    capBefore: capBefore && !dateline,
    acronymBefore: acronymBefore && !dateline,
    capAfter: (capAfter && !dateline) || suffix,
    suffix,
    dateline,
    afterNameComma,
    quoted: isQuoted(tokens, span),
    lead:
      !capBefore &&
      companyLead(tokens, span.first) &&
      !OPENERS.has(tokenAt(tokens, span.first - 1)?.key ?? ''),
    // Set later by the annotator, which knows more than the words around the name. Every cue object
    // has all its fields from the start, so that all share one shape: the linker reads them for
    // every candidate, and reads of objects of many shapes are several times slower in V8.
    demonymBefore: false,
    givenName: null,
    codeName: false,
    partOfCountry: false,
    namedAfter: false,
    teamRole: null,
    qualifiedBy: null,
    hyphenedAfter: false,
  };
}
