import type { GeoRow } from './geonames-data';
import type { GeoContext, GeoDraft } from './geonames-context';
import { addAliases, nameKeys } from '../draft';
import { nameKey } from '../keys';
import { COUNTRY_BASE, GEO_DIVISION_BASE, GEO_SHADOWED_DIVISION_BASE } from '../prior';
import { admin1Key } from './geonames-data';
import { GEONAMES_SOURCE } from './geonames-context';
import { describeDivision } from './geonames-describe';
import { divisionKind, isCityDivision, undecorated } from './geonames-divisions';
import { divisionTitle } from './geonames-wikipedia';

const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);

/** People per division: the sum over its places in the table (a ranking proxy, never shown). */
export function sumByDivision(rows: readonly GeoRow[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(admin1Key(row), (sums.get(admin1Key(row)) ?? 0) + row.population);
  return sums;
}

// The most populous seat of government in each division: its capital.
function seatsByDivision(rows: readonly GeoRow[]): Map<string, GeoRow> {
  const seats = new Map<string, GeoRow>();
  for (const row of rows) {
    if (!SEAT_CODES.has(row.featureCode)) continue;
    const seat = seats.get(admin1Key(row));
    if (!seat || row.population > seat.population) seats.set(admin1Key(row), row);
  }
  return seats;
}

export interface DivisionInput {
  rows: readonly GeoRow[];
  admin1: ReadonlyMap<string, string>;
  ctx: GeoContext;
  /** The city drafts already read: a city-like division folds into its seat among them. */
  cities: readonly GeoDraft[];
  people: ReadonlyMap<string, number>;
}

function divisionDraft(code: string, name: string, input: DivisionInput): GeoDraft {
  const countryCode = code.slice(0, code.indexOf('.'));
  const country = input.ctx.countries.get(countryCode)?.name;
  const people = input.people.get(code) ?? 0;
  const kind = divisionKind(countryCode, name);
  // England, Scotland, Wales, Northern Ireland: countries within a country, named in the news as
  // often as any country, and ranked like one (their own listed towns make them only a region's prior).
  const base = kind === 'Country' ? COUNTRY_BASE : GEO_DIVISION_BASE;
  return {
    id: `geo:${code}`,
    type: 'place',
    name,
    aliases: [],
    description: describeDivision(kind, country),
    facts: country ? [{ key: 'country', value: country }] : [],
    source: GEONAMES_SOURCE,
    wikipedia: divisionTitle(countryCode, name),
    hints: { base, ...(people > 0 ? { population: people } : {}) },
    geo: {
      kind: 'division',
      countryCode,
      matchKeys: [...new Set([nameKey(name), nameKey(undecorated(name))])],
    },
  };
}

/**
 * First-level divisions as entries, except those that are their seat city under another name
 * (Moscow the federal city, Kyiv City, the District of Columbia): their name becomes an alias
 * of the city instead.
 */
export function readDivisions(input: DivisionInput): GeoDraft[] {
  const seats = seatsByDivision(input.rows);
  const cityById = new Map(input.cities.map((c) => [c.id, c]));
  const divisions: GeoDraft[] = [];
  for (const [code, name] of [...input.admin1].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name === '') continue;
    const seat = seats.get(code);
    const city = seat && cityById.get(`geo:${seat.geonameId}`);
    const sameName = city?.geo.matchKeys.includes(nameKey(undecorated(name)));
    const people = input.people.get(code) ?? 0;
    if (seat && city && sameName && isCityDivision(name, seat.population, people))
      addAliases(city, [{ text: name }]);
    else divisions.push(divisionDraft(code, name, input));
  }
  return divisions;
}

// Share of a division's listed people a same-named city must hold for the bare name to mean the city.
const SHADOWING_SHARE = 0.5;
// New York's five boroughs are listed beside the city and halve its share, but news style (the
// AP's) writes "New York" for the city and "New York state" for the state.
const CITY_FIRST: ReadonlySet<string> = new Set(['geo:US.NY']);

/**
 * Ranks a division below the city of its name that holds half its people or more: "Stockholm"
 * and "New York" alone mean the city, and the county and the state are named in full. Run after
 * WordNet's names are merged in, which give New York City the name "New York". Quebec, with a
 * tenth of its people in Québec city, and Córdoba Province stay close rivals of their cities.
 */
export function shadowDivisions(places: readonly GeoDraft[]): void {
  const citiesByDivision = new Map<string, GeoDraft[]>();
  for (const city of places) {
    if (city.geo.kind !== 'city') continue;
    const key = `${city.geo.countryCode}|${nameKey(city.geo.division ?? '')}`;
    const list = citiesByDivision.get(key);
    if (list) list.push(city);
    else citiesByDivision.set(key, [city]);
  }
  for (const division of places) {
    if (division.geo.kind !== 'division') continue;
    const cities = citiesByDivision.get(`${division.geo.countryCode}|${nameKey(division.name)}`) ?? [];
    const people = division.hints.population ?? 0;
    const share = (largestNamesake(cities, division)?.hints.population ?? 0) / Math.max(1, people);
    if (CITY_FIRST.has(division.id) || (people > 0 && share >= SHADOWING_SHARE)) nameInFull(division);
  }
}

/**
 * Names a shadowed division in full ("Stockholm County", "New York State") and keeps its bare name
 * as a weak alias, which links only with support; it also ranks below the city.
 */
function nameInFull(division: GeoDraft): void {
  const bare = division.name;
  const full = `${bare} ${divisionKind(division.geo.countryCode, bare)}`;
  const fullKey = nameKey(full);
  division.name = full;
  division.aliases = [
    ...division.aliases.filter((a) => nameKey(a.text) !== fullKey && nameKey(a.text) !== nameKey(bare)),
    { text: bare, weak: true },
  ];
  division.hints = { ...division.hints, base: GEO_SHADOWED_DIVISION_BASE };
}

/** The most populous of a division's cities that goes by its name (New York City in New York). */
function largestNamesake(cities: readonly GeoDraft[], division: GeoDraft): GeoDraft | undefined {
  const key = nameKey(undecorated(division.name));
  let best: GeoDraft | undefined;
  for (const city of cities) {
    if (!nameKeys(city).includes(key) && !city.geo.matchKeys.includes(key)) continue;
    if ((city.hints.population ?? 0) > (best?.hints.population ?? 0)) best = city;
  }
  return best;
}
