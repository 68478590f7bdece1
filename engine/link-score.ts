/**
 * Scores one candidate entity for one occurrence: prior, alias strength, support from the document
 * (the full name, a fitting title, related places), cue words, and the penalties of sentence-initial
 * capitals, ALL CAPS and capitalised neighbours.
 */
import type { DocumentContext, Occurrence } from './context';
import { personNamedBy, trustedCapitals } from './context';
import { DATE_WORDS } from './cues';
import { isCountry, relationsOf } from './relations';
import type { EntityRecord, KnowledgeStore, Posting } from './store';

// How much a related place or body named in the document says for an entity, by the fact relating them.
const RELATION_WEIGHT: Readonly<Record<string, number>> = {
  capital: 0.3,
  headquarters: 0.3,
  office: 0.35,
  division: 0.2,
  country: 0.2,
  region: 0.05,
};

// Facts that tie an entity to one place or body, unlike its country, which a whole news story shares.
const NEAR_FACTS: ReadonlySet<string> = new Set(['capital', 'headquarters', 'office', 'division']);
// A place's state or country written right after it and a comma says which place of the name is meant.
const QUALIFYING_FACTS: ReadonlySet<string> = new Set(['division', 'country']);
// What that qualifier adds: as much as another of the entity's names in the story.
const QUALIFIED = 0.15;

/**
 * Whether another reading of the same name goes by `key`. Those readings are in the context because of
 * this very name: "USA" read as the country must not vouch for "USA" read as the US Army. A loop
 * over the name's few readings, as this runs for every reading of every name of a page.
 */
function isRivalName(store: KnowledgeStore, occ: Occurrence, entity: number, key: string): boolean {
  for (const posting of occ.match.postings)
    if (posting.entity !== entity && store.nameKey(posting.entity) === key) return true;
  return false;
}

/**
 * Support from related entities in the document: forward (Georgia's capital Tbilisi) and siblings
 * (two cities of one country). `near` when a close fact holds (Mandan's state, North Dakota).
 */
function relationSupport(store: KnowledgeStore, occ: Occurrence, entity: number, context: DocumentContext) {
  const ownKey = occ.match.key;
  let support = 0;
  let siblings = 0;
  let office = false;
  let near = false;
  let country = false;
  let qualified = false;
  for (const relation of relationsOf(store, entity)) {
    qualified ||=
      QUALIFYING_FACTS.has(relation.fact) && occ.cues.qualifiedBy?.includes(relation.key) === true;
    if (
      relation.key !== ownKey &&
      context.keys.has(relation.key) &&
      !isRivalName(store, occ, entity, relation.key)
    ) {
      support += RELATION_WEIGHT[relation.fact] ?? 0;
      office ||= relation.fact === 'office';
      near ||= NEAR_FACTS.has(relation.fact);
      country ||= relation.fact === 'country';
    } else if (relation.fact !== 'office' && hasOtherKey(context.anchors.get(relation.key), ownKey))
      siblings += 0.1;
  }
  return { score: Math.min(support + Math.min(siblings, 0.2), 0.45), office, near, country, qualified };
}

function titleFits(store: KnowledgeStore, entity: number, title: string): boolean {
  const e = store.entities[entity];
  if (!e) return false;
  const office = e.facts.filter((f) => f.key === 'office').map((f) => String(f.value));
  return e.titlesInDescription.includes(title) || office.some((text) => text.toLowerCase().includes(title));
}

/** Whether a set of names holds one other than `key` (no array made: this runs for every reading). */
function hasOtherKey(keys: ReadonlySet<string> | undefined, key: string): boolean {
  if (keys === undefined) return false;
  for (const other of keys) if (other !== key) return true;
  return false;
}

/**
 * What the document says of one occurrence's name, the same for every reading of it: looked up once
 * per occurrence rather than once per reading, as each is a lookup by the name's text.
 */
export interface NameFacts {
  /** The document writes the name, a single word, in lower case too. */
  writtenLower: boolean;
  /** The person the name repeats: a surname or first name of someone named in full. */
  person: string | undefined;
  /** The name is the surname of someone unknown the document names in full ("Eric Reeves"). */
  unknownNamesake: boolean;
  /** The name is written elsewhere where its capitals are trustworthy (mid-sentence). */
  trusted: boolean;
  /** The words the document defines the name as an acronym of ("artificial pancreas (AP)"). */
  acronymOf: string | undefined;
  /** A place or prize the document names after a person bears the name ("Walter Reed hospital"). */
  namedAfter: boolean;
}

/** The facts of an occurrence's name, read from the document's context. */
export function nameFacts(occ: Occurrence, context: DocumentContext): NameFacts {
  const { key } = occ.match;
  return {
    // Only a one-word name can be among the words written in lower case.
    writtenLower: occ.match.first === occ.match.last && context.lowerWords.has(key),
    person: personNamedBy(context, key),
    unknownNamesake: context.tails.has(key),
    trusted: context.trustedKeys.has(key),
    acronymOf: context.acronyms.get(key),
    namedAfter: context.namedAfter.has(key),
  };
}

/** The document's evidence, what it says of the occurrence's name, and the parts switched off for ablation. */
export interface Scoring {
  context: DocumentContext;
  name: NameFacts;
  off: ReadonlySet<string>;
}

/** What the document says for one candidate of one occurrence. */
function evidence(store: KnowledgeStore, occ: Occurrence, posting: Posting, { context, name, off }: Scoring) {
  const entity = store.entities[posting.entity];
  const single = occ.match.first === occ.match.last;
  const related = off.has('relations')
    ? { score: 0, office: false, near: false, country: false, qualified: false }
    : relationSupport(store, occ, posting.entity, context);
  // A lesser namesake's one-word name is risky alone, but not once the story names its state or
  // province: "Paris, Texas", "Athens, Ga.".
  const located = entity?.type === 'place' && (related.near || related.qualified);
  const risky = riskyShortForm(occ, entity, single) && !located;
  const weak = !off.has('weak') && entity !== undefined && (posting.weak || risky);
  // The store flags common words among aliases; the document itself shows others ("reading ... Reading").
  const common = posting.common || occ.match.loose || (single && name.writtenLower);
  const surname = !off.has('context') && name.person === entity?.id;
  // Support: the entity named by another name in the document; repeating this one proves nothing.
  const otherNames = hasOtherKey(context.strong.get(entity?.id ?? ''), occ.match.key);
  const named = surname || (!off.has('context') && otherNames);
  const title = occ.cues.title;
  const strongTitle = !off.has('cues') && title !== null && titleFits(store, posting.entity, title);
  // "Trump hates...": the surname of a figure known the world over that is also a word, capitalised
  // mid-sentence in a story that never writes the word in lower case, is the name.
  const plainName =
    !common ||
    (entity !== undefined &&
      entity.prior >= WORLD_FIGURE &&
      trustedCapitals(occ) &&
      !occ.match.loose &&
      !name.writtenLower);
  // "Eric Reeves ... said Mr. Reeves": once the story names someone unknown by a surname, that surname
  // alone is theirs, not the famous namesake's.
  const unknownNamesake = !off.has('context') && name.unknownNamesake;
  const famous =
    !off.has('weak') && weak && plainName && !unknownNamesake && famousSurname(store, occ, posting);
  return { entity, single, weak, common, surname, named, strongTitle, related, famous };
}

// How far above every namesake a person must rank for their surname alone to name them.
const FAMOUS_MARGIN = 0.15;
const FAMOUS_PRIOR = 0.7;
// The top tier of priors (heads of state, global stars): their surnames beat the word they spell.
const WORLD_FIGURE = 0.85;
// As many people of one surname as this in the store make it a common surname.
const COMMON_SURNAME = 3;

/**
 * "Obama", "Merkel", "Stalin": a surname news uses alone for one world figure. Holds for a
 * prominent person's one-word surname when every other entity of that name ranks well below them
 * ("Kennedy", "Allen" and "Carter" name several people, so they still need support).
 */
function famousSurname(store: KnowledgeStore, occ: Occurrence, posting: Posting): boolean {
  const entity = store.entities[posting.entity];
  if (!entity || entity.type !== 'person' || entity.prior < FAMOUS_PRIOR) return false;
  // An initialism ("JFK") names an airport as readily as a president.
  if (occ.match.first !== occ.match.last || occ.match.shouted || occ.match.key.length < 4) return false;
  // "John" is Elton John's surname, but alone it is anyone's first name.
  if (store.givenNames.has(occ.match.key)) return false;
  let people = 0;
  for (const p of occ.match.postings) {
    const other = store.entities[p.entity];
    if (p.entity !== posting.entity && (other?.prior ?? 0) > entity.prior - FAMOUS_MARGIN) return false;
    if (other?.type === 'person') people++;
  }
  // "Harris", "Johnson": a surname that many people the store knows share is common, whoever leads.
  return people < COMMON_SURNAME;
}

// Brings a country's score (about 1) under the default threshold of 0.5 even with related places named.
const SPORT_DOUBT = 0.4;
// Leaves a quoted name under the threshold unless the document names the person otherwise.
const QUOTED_DOUBT = 0.5;

/** How well one candidate fits one occurrence, before comparing it with its rivals. */
export function rawScore(store: KnowledgeStore, occ: Occurrence, posting: Posting, scoring: Scoring): number {
  const { context, off } = scoring;
  const found = evidence(store, occ, posting, scoring);
  const { entity, weak, common, surname, named, strongTitle, related, famous } = found;
  if (!entity || redefined(store, occ, posting, scoring)) return 0;
  // "Miss USA", "Mr Jordan": after an honorific a name is a person's or a title, never the place or body.
  if (!off.has('cues') && occ.cues.honorific && entity.type !== 'person') return 0;
  // "Salem, Ore.": a clipped state name after a place and a comma is that place's state.
  const placeQualifier =
    entity.type === 'place' &&
    occ.cues.afterNameComma &&
    (!posting.weak || regionOfNamedPlace(store, occ, posting.entity, context));
  let score =
    (weak && !placeQualifier ? 0.1 : 0.45) + 0.45 * entity.prior + (posting.isName ? 0.1 : 0) + related.score;
  if (named) score += weak ? 0.4 : 0.15;
  // "Lebanon, Ohio": the state after the comma says which Lebanon.
  if (related.qualified && !off.has('cues')) score += QUALIFIED;
  // News names a person in full once, then by surname: that surname means them, not a namesake place.
  if (surname) score += 0.35;
  if (strongTitle) score += 0.35;
  if (!off.has('senses') && context.senses.get(occ.match.key) === entity.id) score += 0.2;
  if (!off.has('cues') && occ.cues.type) score += occ.cues.type === entity.type ? 0.1 : -0.3;
  // A surname alone is supported by the full name, a fitting title, or (unless also a common word) the office's country.
  // "McMinnville, Oregon": that qualifier is the state or the country, not a town of the name.
  if (placeQualifier && !off.has('cues') && townBesideRegion(store, occ, posting.entity, context))
    score *= 0.5;
  // "Congress", "Democrats", "ABC": a body's short name means the one of the country the story is about.
  const nationalBody = entity.type === 'organisation' && related.country;
  const supported =
    named ||
    strongTitle ||
    (related.office && !common) ||
    placeQualifier ||
    nationalBody ||
    related.qualified;
  if (famous && !supported) score += 0.25;
  else if (weak && !supported) score *= 0.6;
  if (!named && !strongTitle) score *= capitalDoubts(occ, entity, found, scoring);
  if (!off.has('cues')) score *= roleDoubts(store, occ, { posting, named, name: scoring.name });
  // 'an appearance on "Oprah"': a person's name as the whole of a quotation is mostly the title of
  // a show or a work, which the store does not have.
  if (!off.has('cues') && occ.cues.quoted && entity.type === 'person') score *= QUOTED_DOUBT;
  // "Sweden defeated South Korea 1 – 0": in a sports report a bare place name is its team, unless a
  // cue ("in Sochi") says the place is meant; so is one a team role follows ("Cleveland coach"), and
  // a city a president follows ("Boston president Larry Lucchino").
  const role = occ.cues.teamRole;
  const team = occ.sport || role === 'team' || (role === 'president' && inDivision(store, posting.entity));
  if (!off.has('cues') && team && entity.type === 'place' && occ.cues.type !== 'place') score *= SPORT_DOUBT;
  return off.has('neighbours') ? score : score * neighbourFactor(occ, entity, named);
}

// Leaves a reading the sentence rules out under the default threshold, however well known it is.
const ROLE_DOUBT = 0.35;

/**
 * Readings the sentence rules out (engine/given-names.ts, engine/role-cues.ts): every reading of a
 * code name; a place or a body for a given name, and any reading at all for the name given to a
 * child, unless the document names that person; a country for a name said to be part of one; a
 * person whose name a place or prize bears ("Walter Reed hospital").
 */
function roleDoubts(
  store: KnowledgeStore,
  occ: Occurrence,
  { posting, named, name }: { posting: Posting; named: boolean; name: NameFacts },
): number {
  const { cues } = occ;
  if (cues.codeName) return ROLE_DOUBT;
  const person = store.entities[posting.entity]?.type === 'person';
  if (cues.givenName && !named && (!person || cues.givenName === 'named')) return ROLE_DOUBT;
  if (cues.partOfCountry && isCountry(store, posting.entity)) return ROLE_DOUBT;
  // One sense per name: where the story once writes "Walter Reed hospital", "a visit to Walter Reed" is it too.
  if (person && (cues.namedAfter || name.namedAfter)) return ROLE_DOUBT;
  return 1;
}

/** Whether a place lies in a division (a town) while another reading of its name lies in none (a state, a country). */
function townBesideRegion(
  store: KnowledgeStore,
  occ: Occurrence,
  entity: number,
  context: DocumentContext,
): boolean {
  if (!inDivision(store, entity)) return false;
  return occ.match.postings.some(
    (p) =>
      p.entity !== entity &&
      store.entities[p.entity]?.type === 'place' &&
      (p.weak ? regionOfNamedPlace(store, occ, p.entity, context) : !inDivision(store, p.entity)),
  );
}

/**
 * "Albany, New York": a region's weak name (the city has "New York") after a place and a comma, when
 * the document names a place lying in a region of that name. Not "BBC News, New York", a byline.
 */
function regionOfNamedPlace(
  store: KnowledgeStore,
  occ: Occurrence,
  entity: number,
  context: DocumentContext,
): boolean {
  const key = occ.match.key;
  return !inDivision(store, entity) && hasOtherKey(context.anchors.get(key), key);
}

/** Whether a place lies in a division (a state, a province), as towns and cities do. */
export function inDivision(store: KnowledgeStore, entity: number): boolean {
  return relationsOf(store, entity).some((r) => r.fact === 'division');
}

/** Whether the document defined this acronym as words that do not name this entity ("artificial pancreas (AP)"). */
function redefined(
  store: KnowledgeStore,
  occ: Occurrence,
  posting: Posting,
  { name, off }: Scoring,
): boolean {
  const words = off.has('context') ? undefined : name.acronymOf;
  return words !== undefined && !(store.lookup(words) ?? []).some((p) => p.entity === posting.entity);
}

// Below this prior an entry is from the long tail: a town of under about 150,000 people, a river
// WordNet knows without figures, a minor figure (see knowledge/prior.ts for how priors are made).
export const LONG_TAIL = 0.42;
// Sentence-initial capitals prove nothing, so there the bar is higher.
const SENTENCE_TAIL = 0.5;

/** Doubts about a capitalised word: sentence-initial and shouted capitals. */
function capitalDoubts(
  occ: Occurrence,
  entity: EntityRecord,
  { single, common }: ReturnType<typeof evidence>,
  { name, off }: Scoring,
): number {
  if (off.has('sentence')) return 1;
  const { trusted } = name;
  let factor = 1;
  if (common && !trustedCapitals(occ) && !trusted)
    factor *= wellKnownWordName(occ, entity, name) ? 0.75 : 0.3;
  // A dateline ("LONDON (Reuters) -") is in capitals by convention and names a place.
  if (occ.match.shouted && single && !(occ.cues.dateline && entity.type === 'place')) factor *= 0.5;
  // Names from the long tail that start a sentence are as often ordinary words the store does not flag.
  if (single && occ.match.sentenceStart && entity.prior < SENTENCE_TAIL && !trusted) factor *= 0.5;
  return factor;
}

// A place with a prior this high is a country or a world city: "Brazil has...", "Turkey said..." open
// news sentences. Companies named like words ("Apple sells...") still need support there.
const WELL_KNOWN = 0.8;

/**
 * A well-known place the store flags as also a common word (brazil, turkey, china), met at the start
 * of a sentence, in a document that never writes that word in lower case: the name is meant.
 */
function wellKnownWordName(occ: Occurrence, entity: EntityRecord, name: NameFacts): boolean {
  return (
    entity.type === 'place' &&
    entity.prior >= WELL_KNOWN &&
    !occ.match.loose &&
    !occ.match.shouted &&
    !occ.headline &&
    !name.writtenLower
  );
}

/**
 * How far to trust the chosen reading of a one-word name from the long tail. Thousands of small
 * places are called like ordinary words ("March", "Republic") or surnames ("Moore", "Carson"), so
 * such a reading links only with support: a close related place named nearby, another of its names,
 * or a fitting cue ("in ..."). Applied to the chosen reading only (see linker.ts): doubting a namesake
 * must not make the famous reading look less ambiguous than it is.
 */
export function longTailFactor(
  store: KnowledgeStore,
  occ: Occurrence,
  posting: Posting,
  scoring: Scoring,
): number {
  const { context, off } = scoring;
  const prior = store.entities[posting.entity]?.prior ?? 1;
  if (off.has('support') || occ.match.first !== occ.match.last || prior >= LONG_TAIL) return 1;
  const { entity, common, named, strongTitle, related, surname } = evidence(store, occ, posting, scoring);
  if (!entity || named || strongTitle || surname) return 1;
  // A month or weekday is the date, even after "in" ("in March").
  if (DATE_WORDS.has(occ.match.key)) return 0.25;
  // "Mal Moore ... said Moore": the word is that unknown person's name here, not a town's.
  if (scoring.name.unknownNamesake && entity.type !== 'person') return 0.4;
  if (related.near || context.senses.get(occ.match.key) === entity.id) return 1;
  // "in ..." says a place is meant, though not which of the places so called; not of a name that is
  // both a word and someone's surname ("in Bush felony crimes" is no town of Būsh).
  if (!off.has('cues') && occ.cues.type === entity.type)
    return common && surnameOfSomeone(store, occ, entity.type) ? 0.5 : 0.8;
  return common || surnameOfSomeone(store, occ, entity.type) ? 0.5 : 0.6;
}

/** "Holt, Rinehart and Winston": a small place's name that people the store knows bear as a surname. */
function surnameOfSomeone(store: KnowledgeStore, occ: Occurrence, type: string): boolean {
  if (type === 'person') return false;
  for (const p of occ.match.postings) if (p.weak && store.entities[p.entity]?.type === 'person') return true;
  return false;
}

/**
 * Short forms that need support like a weak alias even when the store does not say so: two-letter
 * codes of lesser entities ("OK", "AS", "NV") and one-word names of long-tail people ("Adam", "John").
 */
function riskyShortForm(occ: Occurrence, entity: EntityRecord | undefined, single: boolean): boolean {
  if (!single || entity === undefined) return false;
  // Runs for every reading of every one-word name: no new strings unless they can matter.
  const key = occ.match.key.includes('.') ? occ.match.key.replace(/\./g, '') : occ.match.key;
  if (key.length <= 2) return entity.prior < 0.7;
  // A clipped name ("Calif", "Miss" for Mississippi) or a long-tail entry's one word ("John", "Jones").
  if (!entity.name.includes(' ') && clippedName(entity.name, key)) return true;
  return entity.prior < 0.3 || (entity.type === 'person' && entity.prior < 0.6);
}

/** Whether `key` is the start of a name in lower case, but not all of it: "calif" of "California". */
function clippedName(name: string, key: string): boolean {
  // Compared letter by letter while both are ASCII, without making the name's lower-case copy:
  // this runs for every reading of every one-word name.
  const n = Math.min(name.length, key.length);
  for (let i = 0; i < n; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80 || key.charCodeAt(i) >= 0x80) {
      const lower = name.toLowerCase();
      return lower !== key && lower.startsWith(key);
    }
    if ((code >= 0x41 && code <= 0x5a ? code | 0x20 : code) !== key.charCodeAt(i)) return false;
  }
  return name.length > key.length;
}

/** A capitalised word joined to the match suggests a longer name the store lacks ("Mao Ning"). */
function neighbourFactor(occ: Occurrence, entity: EntityRecord, named: boolean): number {
  const { suffix } = occ.cues;
  // Capitals before a person's full name ("DJ Casey Kasem") are a role or a body, not another first
  // name; before a surname alone they may be initials ("JR Smith"), someone else's.
  const roleBefore = entity.type === 'person' && occ.cues.acronymBefore && occ.match.first < occ.match.last;
  const capBefore = (occ.cues.capBefore && !roleBefore) || (occ.cues.lead && entity.type === 'place');
  // "General Motors Corp" names the company in full; "Canada Inc." is still no country. "Bristol-Myers"
  // is no Bristol, though "Trump-Kim talks" are Trump's.
  const hyphened = occ.cues.hyphenedAfter === true && entity.type !== 'person';
  const capAfter = (occ.cues.capAfter || hyphened) && !(suffix && entity.type === 'organisation');
  if (!capBefore && !capAfter) return 1;
  // A different first name before a known surname is a different person ("Terry Saban" after "Nick
  // Saban"), and a known surname followed by another is someone's first name ("Frank Blake").
  if (entity.type === 'person') return named && !capBefore && !capAfter ? 0.8 : 0.3;
  // Another name of the entity elsewhere does not say that this span is not part of a longer one
  // ("Captain America" in a story that names the US, "the Neo Democrats"), unless the word before
  // only says whose it is: "the Taliban ... the Afghan Taliban" (but "British Red Cross" alone is
  // another body).
  // In a title-case headline every word has a capital, so there it says nothing either way.
  if (named) return capBefore && !occ.cues.demonymBefore && !occ.headline ? 0.4 : 0.8;
  // "National Guardian Corp": a company named in full whose name only ends with the match.
  // "Harcourt Canada", "Investment Canada": under the threshold even for a country with support.
  return capAfter || suffix ? 0.4 : 0.45;
}
