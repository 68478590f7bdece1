import type { GeoRow } from './geonames-data';
import type { GeoContext, GeoDraft } from './geonames-context';
import { addAliases, nameKeys } from '../draft';
import { nameKey } from '../keys';
import { GEO_DIVISION_BASE, GEO_SHADOWED_DIVISION_BASE } from '../prior';
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

// Share of a division's listed people its same-named seat must hold for the bare name to mean the city.
const SHADOWING_SHARE = 0.5;

function divisionDraft(code: string, name: string, input: DivisionInput, shadowed: boolean): GeoDraft {
  const countryCode = code.slice(0, code.indexOf('.'));
  const country = input.ctx.countries.get(countryCode)?.name;
  const people = input.people.get(code) ?? 0;
  return {
    id: `geo:${code}`,
    type: 'place',
    name,
    aliases: [],
    description: describeDivision(divisionKind(countryCode, name), country),
    facts: country ? [{ key: 'country', value: country }] : [],
    source: GEONAMES_SOURCE,
    wikipedia: divisionTitle(countryCode, name),
    hints: {
      base: shadowed ? GEO_SHADOWED_DIVISION_BASE : GEO_DIVISION_BASE,
      ...(people > 0 ? { population: people } : {}),
    },
    geo: {
      kind: 'division',
      countryCode,
      matchKeys: [...new Set([nameKey(name), nameKey(undecorated(name))])],
    },
  };
}

/** The most populous city of a division that goes by the division's name (New York City in New York). */
function largestNamesake(cities: readonly GeoDraft[], code: string, name: string): GeoDraft | undefined {
  const countryCode = code.slice(0, code.indexOf('.'));
  const key = nameKey(undecorated(name));
  let best: GeoDraft | undefined;
  for (const c of cities) {
    if (c.geo.countryCode !== countryCode || nameKey(c.geo.division ?? '') !== nameKey(name)) continue;
    if (!c.geo.matchKeys.includes(key) && !nameKeys(c).includes(key)) continue;
    if ((c.hints.population ?? 0) > (best?.hints.population ?? 0)) best = c;
  }
  return best;
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
    else {
      // "Stockholm" and "New York" alone mean the city; the county and the state are named in full.
      const namesake = largestNamesake(input.cities, code, name);
      const shadowed = (namesake?.hints.population ?? 0) >= SHADOWING_SHARE * people && people > 0;
      divisions.push(divisionDraft(code, name, input, shadowed));
    }
  }
  return divisions;
}
