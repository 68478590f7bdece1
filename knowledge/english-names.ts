import type { GeoDraft } from './sources/geonames-context';
import { nameKey } from './keys';
import { editDistance } from './sources/geonames-names';
import { titleOf } from './sources/geonames-titles';
import { POPULAR_TITLE_DOMINANCE } from './sources/geonames-wikipedia';

/** What decides the English name of a GeoNames city that a WordNet city or town merged into. */
export interface MergedCity {
  city: GeoDraft;
  /** WordNet's name for it ("Cologne" for GeoNames' "Köln"). */
  wordnetName: string;
  /** WordNet's other names for it ("Antwerp" beside its name "Antwerpen", "Salisbury" beside "Harare"). */
  wordnetAliases: readonly string[];
  /** Whether the title is one of the popular English Wikipedia titles. */
  isPopular: (title: string) => boolean;
  /** Whether the name is a country's ("Kuwait", WordNet's name for Kuwait City). */
  isCountryName: (name: string) => boolean;
  /** People of the largest other place of that name. */
  largestNamesake: (name: string) => number;
}

// Countries whose cities keep GeoNames' name whatever the popular list says.
const KEEP_LOCAL_SPELLING: ReadonlySet<string> = new Set(['UA']);

/**
 * The name English readers know a merged city by, and its title, where GeoNames and WordNet name it
 * differently and Wikipedia's much-read titles settle which is English: Cologne, Geneva, Nuremberg
 * and Bruges, which GeoNames names in the local language (Köln, Genève, Nürnberg, Brugge), and
 * Aleppo and Haifa, whose WordNet entries are Halab and Hefa. WordNet's other names count when
 * they are spellings or short forms of GeoNames' (Antwerp for Antwerpen, Frankfurt for Frankfurt
 * am Main; not Salisbury, Harare's old name). Null
 * when GeoNames' name and WordNet's are both such titles or neither, when WordNet has two, when
 * the title is a country's name, or when another place of that name is more than a third of the
 * city's size (Antioch, California beside Antakya, WordNet's Antioch).
 */
export function englishName(merged: MergedCity): { name: string; title: string } | null {
  const { city, isPopular } = merged;
  // GeoNames spells Ukraine's cities as Ukraine romanises them (Kyiv, Odesa), as its oblasts are
  // named here too; the popular list is older than English news's move to those spellings (Odessa).
  if (KEEP_LOCAL_SPELLING.has(city.geo.countryCode)) return null;
  const own = titleOf(city.name, city.geo.countryCode);
  const theirs = [merged.wordnetName, ...merged.wordnetAliases.filter((a) => isFormOf(a, own))].filter(
    (name) => nameKey(name) !== nameKey(own),
  );
  const popular = theirs.filter(isPopular);
  const wordnetNamePopular = popular.includes(merged.wordnetName);
  if (isPopular(own) ? !theirs.includes(merged.wordnetName) || wordnetNamePopular : popular.length !== 1)
    return null;
  const english = isPopular(own) ? own : (popular[0] ?? own);
  if (merged.isCountryName(english)) return null;
  if (POPULAR_TITLE_DOMINANCE * merged.largestNamesake(english) > (city.hints.population ?? 0)) return null;
  return { name: english === own ? city.name : english, title: english };
}

/**
 * The largest other place of a name among the GeoNames places, by their own names; the division
 * that holds the city and is named after it (the canton of Geneva) is the city's, not a rival.
 */
export function namesakeSizes(places: readonly GeoDraft[]): (name: string, self: GeoDraft) => number {
  const byKey = new Map<string, GeoDraft[]>();
  for (const place of places) {
    const key = nameKey(place.name);
    const list = byKey.get(key);
    if (list) list.push(place);
    else byKey.set(key, [place]);
  }
  return (name, self) =>
    (byKey.get(nameKey(name)) ?? [])
      .filter((place) => place !== self && !holds(place, self))
      .reduce((most, place) => Math.max(most, place.hints.population ?? 0), 0);
}

const holds = (division: GeoDraft, city: GeoDraft): boolean =>
  division.geo.kind === 'division' &&
  division.geo.countryCode === city.geo.countryCode &&
  nameKey(division.name) === nameKey(city.geo.division ?? '');

// Another spelling of the same name (the same first letter, at most two edits apart), or its short
// form: "Frankfurt" for "Frankfurt am Main".
function isFormOf(name: string, other: string): boolean {
  const a = nameKey(name);
  const b = nameKey(other);
  return (a[0] === b[0] && editDistance(a, b) <= 2) || b.startsWith(`${a} `);
}
