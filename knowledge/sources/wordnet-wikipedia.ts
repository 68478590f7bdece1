import type { DraftEntity } from '../draft';
import type { Synset } from './wordnet-data';
import { lemmaText } from './wordnet-data';
import { popularTitleKey } from './popular-titles';

// Wikipedia titles US places as "City, State" (Tucson, Arizona); states themselves are plain.
const US_NAMES = new Set(['United States', 'United States of America', 'US', 'USA']);

const ROMAN = /^[IVXL]+$/;
const CAPITALISED = /^\p{Lu}[\p{L}'.-]*$/u;

/**
 * A person's title: the name shown, when it is two capitalised words ("Tom Hanks", Wikipedia's
 * usual form), or the one name of someone known by one name only ("Plato"). Longer names spell
 * out middle names ("Harlan Fiske Stone", titled "Harlan F. Stone"); regnal names ("Edward I",
 * "Paul VI") are titled with a country or "Pope"; later lemmas may be nicknames ("Old Bullion").
 * All of these are left without a title.
 */
function personTitle(name: string, synset: Synset, senses: ReadonlyMap<string, number>): string | null {
  const words = name.split(' ');
  const pair = words.length === 2 && words.every((w) => CAPITALISED.test(w) && !ROMAN.test(w));
  const single = words.length === 1 && synset.lemmas.length === 1;
  return (pair || single) && isUnique(name, senses) ? name : null;
}

function isUnique(name: string, senses: ReadonlyMap<string, number>): boolean {
  return senses.get(name.toLowerCase().replace(/ /g, '_')) === 1;
}

/**
 * WordNet names a battle by its place ("Bunker Hill", "Manila Bay", "Lake Trasimenus"), which is
 * the place's article; Wikipedia titles the battle "Battle of ..." in a spelling that cannot be
 * guessed ("Battle of Lake Trasimene"), so such an event gets no title.
 */
function namedByItsPlace(name: string, synset: Synset): boolean {
  return BATTLE_GLOSS.test(synset.gloss) && !EVENT_NAME.test(name);
}

const BATTLE_GLOSS = /\b(?:battle|siege|naval victory|defeated|ambushed)\b/i;
const EVENT_NAME = /\b(?:battle|war|wars|siege|revolution|crusade|conquest)\b/i;

/**
 * English Wikipedia title for a WordNet entry, set only when it is very likely right; a wrong
 * link is worse than none. The title is the entry's name, and only when that name belongs to
 * this one synset in all of WordNet (so no second sense competes for the article), and:
 * - person: see personTitle;
 * - organisation, event: a name of two or more words ("European Union", "Crimean War"), and
 *   not a battle named by its place (see namedByItsPlace);
 * - place: no other lemma extends the name ("Everest" beside "Mount Everest" means the title is
 *   the longer form), and not inside the United States, unless it is a state itself.
 * Other entries (deities, fictional characters, planets...) get no title.
 */
export function wikipediaGuess(
  draft: DraftEntity,
  synset: Synset,
  senses: ReadonlyMap<string, number>,
  popular: ReadonlySet<string> = new Set(),
): string | null {
  return ruledTitle(draft, synset, senses) ?? popularTitle(draft, synset, senses, popular);
}

/**
 * The entry's name when English Wikipedia has a much-read article of exactly that name and no
 * other WordNet sense shares it: "Knesset" (one word), "Harvard University" (a place in the United
 * States), which the rules above leave untitled to be safe. People keep to their own rule.
 */
function popularTitle(
  draft: DraftEntity,
  synset: Synset,
  senses: ReadonlyMap<string, number>,
  popular: ReadonlySet<string>,
): string | null {
  const { name, type } = draft;
  if (type === 'person' || !isUnique(name, senses) || !popular.has(popularTitleKey(name))) return null;
  // The article of that name is then the battle's place ("Ravenna"), or a longer name's namesake
  // ("Oaxaca" is the state; the city is titled from "Oaxaca de Juarez").
  if (type === 'event' && namedByItsPlace(name, synset)) return null;
  return type === 'place' && hasLongerLemma(name, synset) ? null : name;
}

function hasLongerLemma(name: string, synset: Synset): boolean {
  return synset.lemmas.map(lemmaText).some((l) => l !== name && l.includes(name));
}

function ruledTitle(draft: DraftEntity, synset: Synset, senses: ReadonlyMap<string, number>): string | null {
  const { name, type } = draft;
  if (type === 'person') return personTitle(name, synset, senses);
  if (!isUnique(name, senses)) return null;
  if (type === 'event' && namedByItsPlace(name, synset)) return null;
  if (type === 'organisation' || type === 'event') return name.includes(' ') ? name : null;
  if (type !== 'place') return null;
  if (hasLongerLemma(name, synset)) return null;
  const inUs = draft.facts.some((f) => f.key === 'country' && US_NAMES.has(String(f.value)));
  const isState = draft.facts.every((f) => f.key !== 'division' && f.key !== 'region');
  return inUs && !isState ? null : name;
}
