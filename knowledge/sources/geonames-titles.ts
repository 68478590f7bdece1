import type { GeoContext, GeoDraft } from './geonames-context';
import type { GeoRow } from './geonames-data';
import { nameKey } from '../keys';
import { alternatesOf } from './geonames-data';
import { spellingVariants } from './geonames-names';
import { popularTitleKey } from './popular-titles';
import { bareTitle, popularBareTitle, usCityTitle } from './geonames-wikipedia';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const people = (d: GeoDraft): number => d.hints.population ?? 0;

// "Portland, Oregon" when no other Portland in Oregon; the bare name for the one Wikipedia uses
// (Chicago, Washington, D.C.) when it is the largest US place of that name.
function titleUsCity(city: GeoDraft, sameName: readonly GeoDraft[], sameState: number): string | null {
  if (sameState > 1) return null;
  const largest = sameName.every(
    (o) => o === city || o.geo.kind !== 'city' || o.geo.countryCode !== 'US' || people(o) < people(city),
  );
  return usCityTitle(city.name, city.geo.division, largest);
}

/**
 * The article's spelling of a GeoNames name: Wikipedia writes the straight apostrophe (Xi'an)
 * and no scholarly transliteration marks (GeoNames' "Allahābād", "Hardoī"), nor the stress accents
 * of romanised Greek ("Thessaloníki", "Vólos"), but keeps the letters of Latin-script languages
 * (São Paulo, Kraków, Şanlıurfa).
 */
export function titleOf(name: string, countryCode?: string): string {
  const marks = countryCode === 'GR' ? /[\u0301\u0304\u0323\u0331]/g : /[\u0304\u0323\u0331]/g;
  return name.replace(/’/g, "'").normalize('NFD').replace(marks, '').normalize('NFC');
}

/** A place by one of the keys it goes by, for weighing namesakes. */
export interface Namesake {
  id: string;
  population: number;
  /** Set for a first-level division. */
  divisionOf?: string;
}

/**
 * Every place a reader might mean by a key: the places of the table by their name and its
 * spellings (word towns and city-states too), and the divisions by theirs. Not by the other
 * alternate names: Richmond, Virginia was once called Manchester.
 */
export function namesakesByKey(
  rows: readonly GeoRow[],
  divisions: readonly GeoDraft[],
): Map<string, Namesake[]> {
  const byKey = new Map<string, Namesake[]>();
  const add = (key: string, namesake: Namesake) => {
    const list = byKey.get(key);
    if (list) list.push(namesake);
    else byKey.set(key, [namesake]);
  };
  for (const row of rows)
    for (const name of [row.name, ...spellingVariants(row.name, alternatesOf(row))])
      add(nameKey(name), { id: `geo:${row.geonameId}`, population: row.population });
  for (const d of divisions)
    for (const key of d.geo.matchKeys)
      add(key, { id: d.id, population: people(d), divisionOf: d.geo.countryCode });
  return byKey;
}

// The popular-title rule for a city the other rules leave untitled (see popularBareTitle).
function popularTitle(
  city: GeoDraft,
  ctx: GeoContext,
  namesakes: ReadonlyMap<string, Namesake[]>,
): string | null {
  const key = nameKey(city.name);
  const title = titleOf(city.name, city.geo.countryCode);
  const titleKey = popularTitleKey(title);
  const others = (namesakes.get(key) ?? []).filter((n) => n.id !== city.id);
  const ok = popularBareTitle({
    population: people(city),
    capital: city.hints.capital === true,
    popularFree: ctx.popularTitles.has(titleKey) && !ctx.claimedTitles.has(titleKey),
    reserved: ctx.reserved.has(key),
    word: ctx.commonWords.has(city.name.toLowerCase()),
    otherSense: ctx.wordnetNames.has(key) && !ctx.knownPlaces.has(key),
    divisionOfCountry: others.some((n) => n.divisionOf === city.geo.countryCode),
    namesakes: others.filter((n) => n.divisionOf !== city.geo.countryCode).map((n) => n.population),
  });
  return ok ? title : null;
}

/**
 * Sets the English Wikipedia title of each city where a rule makes it safe (see
 * geonames-wikipedia.ts); divisions carry theirs from the reader.
 */
export function assignTitles(
  drafts: readonly GeoDraft[],
  ctx: GeoContext,
  namesakes: ReadonlyMap<string, Namesake[]>,
): void {
  const byName = groupBy(drafts, (d) => nameKey(d.name));
  const cities = drafts.filter((d) => d.geo.kind === 'city');
  const usByState = groupBy(
    cities.filter((c) => c.geo.countryCode === 'US'),
    (c) => `${nameKey(c.name)}|${c.geo.division ?? ''}`,
  );
  for (const city of cities) {
    const key = nameKey(city.name);
    const sameName = byName.get(key) ?? [];
    if (city.geo.countryCode === 'US') {
      const sameState = usByState.get(`${key}|${city.geo.division ?? ''}`)?.length ?? 0;
      city.wikipedia = titleUsCity(city, sameName, sameState);
      continue;
    }
    const others = sameName.filter((o) => o !== city).map(people);
    city.wikipedia = bareTitle(people(city), others, ctx.reserved.has(key))
      ? titleOf(city.name, city.geo.countryCode)
      : popularTitle(city, ctx, namesakes);
  }
}
