import type { EntityType, Fact } from '../../engine/types';
import type { DraftEntity } from '../draft';
import type { NounGraph } from './wordnet-types';
import type { Synset } from './wordnet-data';
import { slugify } from '../draft';
import { COUNTRY_BASE, wordnetBase } from '../prior';
import { lemmaText } from './wordnet-data';
import { describe, lifeDates } from './wordnet-gloss';
import { personName, synsetAliases } from './wordnet-names';
import { wikipediaGuess } from './wordnet-wikipedia';

export const WORDNET_SOURCE = 'wordnet';

/** A WordNet entry with what the merge needs to know about its synset. */
export interface WordnetDraft extends DraftEntity {
  offset: string;
  isCountry: boolean;
  /** First lemmas of the classes it is an instance of ("city", "American_state"). */
  instanceOf: string[];
}

function isCapitalised(lemma: string): boolean {
  const first = lemma.charAt(0);
  return first !== first.toLowerCase();
}

// Synsets whose only names are ordinary words in a sense news no longer writes, which would put a
// card on the word wherever it is capitalised: "Capital" (with "Washington") as the US federal
// government linked "BBC Capital", "Capital One" and every title-case "Capital".
const OUTDATED_SENSES: ReadonlySet<string> = new Set(['08374056']);
// Classes whose instances are such senses: WordNet's thirteen American colonies ("New York", "one of
// the British colonies that formed the United States") took "Brooklyn, New York" from the city and
// state of today.
const OUTDATED_CLASSES: ReadonlySet<string> = new Set(['09070916']);

function isOutdated(synset: Synset): boolean {
  return (
    OUTDATED_SENSES.has(synset.offset) ||
    synset.pointers.some((p) => p.symbol === '@i' && OUTDATED_CLASSES.has(p.target))
  );
}

/**
 * Named entities: synsets with an instance hypernym (@i), plus capitalised synsets that are not
 * instances but name one thing: organisations (EU, NATO, UN) and the few people WordNet files
 * with a plain hypernym (their gloss ends with a life span).
 */
export function isNamed(synset: Synset, graph: NounGraph): boolean {
  // Lower-case instances ("sun", "chunnel") are words, not names a reader would look up.
  if (!synset.lemmas.some(isCapitalised) || isOutdated(synset)) return false;
  if (synset.pointers.some((p) => p.symbol === '@i')) return true;
  if (!isCapitalised(synset.lemmas[0] ?? '')) return false;
  const type = graph.typeOf(synset);
  return type === 'organisation' || (type === 'person' && lifeDates(synset.gloss).length > 0);
}

// Glosses of sovereign states WordNet files elsewhere ("Estonia": a Baltic State, "a republic
// in northeastern Europe"); divisions are excluded apart, so a US state never reads as one.
const STATE_GLOSS =
  /^(?:an? )?(?:[\w-]+ )?(republic|kingdom|monarchy|principality|sultanate|emirate|country|nation)\b/i;

/** A sovereign country: under WordNet's country classes, or described as one. */
export function isCountryLike(synset: Synset, graph: NounGraph): boolean {
  if (graph.isCountry(synset)) return true;
  return !graph.isDivision(synset) && STATE_GLOSS.test(synset.gloss);
}

function holonyms(synset: Synset, graph: NounGraph): Synset[] {
  return synset.pointers
    .filter((p) => p.symbol === '#p' && p.pos === 'n')
    .map((p) => graph.byOffset.get(p.target))
    .filter((s): s is Synset => s !== undefined);
}

/** Country, division or region facts from the part holonyms (#p) of a place. */
export function placeFacts(synset: Synset, graph: NounGraph): Fact[] {
  const facts: Fact[] = [];
  let current: Synset | undefined = synset;
  for (let depth = 0; depth < 6 && current; depth++) {
    const parents = holonyms(current, graph);
    // Tokyo is part of Honshu and of Japan: the country, when listed, is the one to name.
    const country = parents.find((p) => isCountryLike(p, graph));
    if (country) {
      facts.push({ key: 'country', value: lemmaText(country.lemmas[0] ?? '') });
      break;
    }
    const parent = parents[0];
    if (!parent) break;
    const name = lemmaText(parent.lemmas[0] ?? '');
    if (depth === 0) facts.push({ key: graph.isDivision(parent) ? 'division' : 'region', value: name });
    current = parent;
  }
  return facts;
}

// The plain title is the country's.
const CONTINENT_TITLES: Readonly<Record<string, string>> = { Australia: 'Australia (continent)' };

function isContinent(synset: Synset, graph: NounGraph): boolean {
  return synset.pointers.some(
    (p) => p.symbol === '@i' && graph.byOffset.get(p.target)?.lemmas[0] === 'continent',
  );
}

function draftOf(synset: Synset, type: EntityType, graph: NounGraph): WordnetDraft {
  const person = type === 'person';
  // Continents rank with countries ("Europe" is also a WordNet name of the EU) and keep their
  // plain Wikipedia title, although WordNet has other senses of the same name (Asia's nations).
  const continent = isContinent(synset, graph);
  const name = person ? personName(synset.lemmas) : lemmaText(synset.lemmas[0] ?? '');
  const facts = person ? lifeDates(synset.gloss) : type === 'place' ? placeFacts(synset, graph) : [];
  return {
    id: '',
    type,
    name,
    aliases: synsetAliases(synset.lemmas, name, person || graph.isInstitution(synset)),
    description: describe(synset.gloss),
    facts,
    source: WORDNET_SOURCE,
    wikipedia: continent ? (CONTINENT_TITLES[name] ?? name) : null,
    hints: { base: continent ? COUNTRY_BASE : wordnetBase(type) },
    offset: synset.offset,
    isCountry: type === 'place' && isCountryLike(synset, graph),
    instanceOf: synset.pointers
      .filter((p) => p.symbol === '@i')
      .map((p) => graph.byOffset.get(p.target)?.lemmas[0] ?? ''),
  };
}

/** Gives each entry `wn:<name slug>` when that slug is unique, else `wn:<synset offset>`. */
function assignIds(drafts: WordnetDraft[]): void {
  const counts = new Map<string, number>();
  for (const d of drafts) counts.set(slugify(d.name), (counts.get(slugify(d.name)) ?? 0) + 1);
  for (const d of drafts) {
    const slug = slugify(d.name);
    d.id = slug !== '' && counts.get(slug) === 1 ? `wn:${slug}` : `wn:${d.offset}`;
  }
}

/** Reads WordNet 3.1's named entities from the parsed noun synsets. */
export function readWordnet(
  nouns: readonly Synset[],
  graph: NounGraph,
  senses: Map<string, number>,
  popularTitles: ReadonlySet<string> = new Set(),
): WordnetDraft[] {
  const drafts: WordnetDraft[] = [];
  for (const synset of nouns) {
    if (!isNamed(synset, graph)) continue;
    const draft = draftOf(synset, graph.typeOf(synset), graph);
    draft.wikipedia ??= wikipediaGuess(draft, synset, senses, popularTitles);
    drafts.push(draft);
  }
  assignIds(drafts);
  return drafts;
}
