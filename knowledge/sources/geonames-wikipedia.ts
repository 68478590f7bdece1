/**
 * English Wikipedia titles of GeoNames places, set only where the rule is known to hold; a wrong
 * title is worse than none.
 */

// US cities Wikipedia titles without the state (the AP's stand-alone datelines, whose articles
// follow it), and New York's boroughs. Every other US place is titled "City, State".
const US_PLAIN: Readonly<Record<string, string>> = {
  Atlanta: 'Atlanta',
  Baltimore: 'Baltimore',
  Boston: 'Boston',
  Chicago: 'Chicago',
  Cincinnati: 'Cincinnati',
  Cleveland: 'Cleveland',
  Dallas: 'Dallas',
  Denver: 'Denver',
  Detroit: 'Detroit',
  Honolulu: 'Honolulu',
  Houston: 'Houston',
  Indianapolis: 'Indianapolis',
  'Las Vegas': 'Las Vegas',
  'Los Angeles': 'Los Angeles',
  Miami: 'Miami',
  Milwaukee: 'Milwaukee',
  Minneapolis: 'Minneapolis',
  'New Orleans': 'New Orleans',
  'New York City': 'New York City',
  'Oklahoma City': 'Oklahoma City',
  Philadelphia: 'Philadelphia',
  Pittsburgh: 'Pittsburgh',
  'St. Louis': 'St. Louis',
  'Salt Lake City': 'Salt Lake City',
  'San Antonio': 'San Antonio',
  'San Diego': 'San Diego',
  'San Francisco': 'San Francisco',
  Seattle: 'Seattle',
  Washington: 'Washington, D.C.',
  Manhattan: 'Manhattan',
  Brooklyn: 'Brooklyn',
  Queens: 'Queens',
  'The Bronx': 'The Bronx',
  'Staten Island': 'Staten Island',
};

// States whose plain name is another article (the country Georgia, the city of New York).
const US_STATE_TITLES: Readonly<Record<string, string>> = {
  Georgia: 'Georgia (U.S. state)',
  Washington: 'Washington (state)',
  'New York': 'New York (state)',
};

/** A US place: its plain title when Wikipedia uses one, else "City, State". */
export function usCityTitle(name: string, state: string | undefined, plainAllowed: boolean): string | null {
  const plain = US_PLAIN[name];
  if (plain && plainAllowed) return plain;
  return state ? `${name}, ${state}` : null;
}

// Argentina's provinces, by GeoNames' ASCII name: Wikipedia titles them "... Province", with the
// country added where another country has a province of that name.
const ARGENTINE_PROVINCE_TITLES: Readonly<Record<string, string>> = {
  'Buenos Aires': 'Buenos Aires Province',
  Catamarca: 'Catamarca Province',
  Chaco: 'Chaco Province',
  Chubut: 'Chubut Province',
  Cordoba: 'Córdoba Province, Argentina',
  Corrientes: 'Corrientes Province',
  'Entre Rios': 'Entre Ríos Province',
  Formosa: 'Formosa Province',
  Jujuy: 'Jujuy Province',
  'La Pampa': 'La Pampa Province',
  'La Rioja': 'La Rioja Province, Argentina',
  Mendoza: 'Mendoza Province',
  Misiones: 'Misiones Province',
  Neuquen: 'Neuquén Province',
  'Rio Negro': 'Río Negro Province',
  Salta: 'Salta Province',
  'San Juan': 'San Juan Province, Argentina',
  'San Luis': 'San Luis Province',
  'Santa Cruz': 'Santa Cruz Province, Argentina',
  'Santa Fe': 'Santa Fe Province',
  'Santiago del Estero': 'Santiago del Estero Province',
  'Tierra del Fuego': 'Tierra del Fuego Province, Argentina',
  Tucuman: 'Tucumán Province',
};

// Countries whose first-level divisions are titled by their plain name, with these exceptions.
const PLAIN_DIVISION_TITLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: US_STATE_TITLES,
  CA: {},
  AU: { Victoria: 'Victoria (state)' },
  GB: {},
};

/**
 * A first-level division's title where the rule is known: US states, Canada's provinces and
 * territories, Australia's states and territories, the UK's four countries and Argentina's
 * provinces. Other countries' divisions get none: their titles vary too much to guess.
 */
export function divisionTitle(countryCode: string, name: string): string | null {
  if (countryCode === 'AR') return ARGENTINE_PROVINCE_TITLES[name] ?? null;
  const exceptions = PLAIN_DIVISION_TITLES[countryCode];
  if (!exceptions || name === 'District of Columbia') return null;
  return exceptions[name] ?? name;
}

/** Least population of a place outside the US titled by its bare name. */
export const TITLE_MIN_POPULATION = 100_000;
/** How much larger than every namesake a place must be to own the bare title (London, Ontario). */
export const TITLE_DOMINANCE = 10;

/**
 * A place outside the US gets its bare name as title when it is the one city of that name the
 * world knows: a million people and ten times its largest namesake (London beside London,
 * Ontario; Paris, whatever else is called Paris; Berlin, also a word), or, of 100,000 people or
 * more, when nothing
 * else in the store shares the name (Samarkand; not Toyota, the carmaker's article). Córdoba
 * (Argentina, Spain) and Victoria get none.
 */
export function bareTitle(population: number, namesakes: readonly number[], reserved: boolean): boolean {
  const largest = namesakes.reduce((a, b) => Math.max(a, b), 0);
  // A city of millions owns its name even where the name is also a word (Berlin, Bursa).
  if (population >= 1_000_000 && population >= TITLE_DOMINANCE * largest) return true;
  return namesakes.length === 0 && !reserved && population >= TITLE_MIN_POPULATION;
}

/** How much larger than every namesake a city must be to take a popular title (Birmingham, Alabama is a fifth of Birmingham). */
export const POPULAR_TITLE_DOMINANCE = 3;

/** What the popular-title rule weighs for one city outside the US. */
export interface PopularTitleCase {
  population: number;
  /** The capital of a country or territory (GeoNames' PPLC). */
  capital: boolean;
  /** English Wikipedia has a much-read article of exactly the city's name, which no other entry carries. */
  popularFree: boolean;
  /** The name belongs to a person, body or country, or is a common word (Tamale, Bologna). */
  reserved: boolean;
  /** The name is a common word (tripoli, a rock; muscat, a grape). */
  word: boolean;
  /** WordNet has the name, but for no town or city: the article is that thing's (Pali, the language). */
  otherSense: boolean;
  /** A first-level division of the same country goes by the name (Oaxaca, Lviv Oblast, Kochi Prefecture). */
  divisionOfCountry: boolean;
  /** The people of every other place going by the name, by its own name or another English one. */
  namesakes: readonly number[];
}

/**
 * A city outside the US also gets its bare name as title when Wikipedia has a much-read article of
 * that name that no other entry of the store carries, and the city is the one the article must be
 * about: three times the size of every other place of that name (Birmingham, Alabama; Vancouver,
 * Washington; not Valencia, whose Venezuelan namesake is twice the Spanish city's size), and either
 * a capital whose name is nobody's (Athens, Bern; Tripoli and Muscat though they are also words), or
 * a city of 100,000 people or more whose name is no word, nobody's, and nothing else's in WordNet
 * (the article of "Tamale" is the dish, of "Pali" the language), and that no division of its
 * country shares the name with (the article of "Oaxaca" is the state's).
 */
export function popularBareTitle(c: PopularTitleCase): boolean {
  if (!c.popularFree) return false;
  const dominant = c.namesakes.every((people) => POPULAR_TITLE_DOMINANCE * people <= c.population);
  // A capital's article is the city's even where the name is also a word (Tripoli, Muscat).
  if (c.capital) return dominant && !(c.reserved && !c.word);
  if (c.reserved || c.otherSense || c.divisionOfCountry) return false;
  return dominant && c.population >= TITLE_MIN_POPULATION;
}
