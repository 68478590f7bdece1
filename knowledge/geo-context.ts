import type { DraftEntity } from './draft';
import type { CountryDraft } from './sources/countries';
import type { GeoContext, GeoCountry } from './sources/geonames-context';
import { nameKeys } from './draft';
import { nameKey } from './keys';
import { isWordnetSettlement } from './merge-places';
import { popularTitleKey } from './sources/popular-titles';

function countryOf(country: CountryDraft): GeoCountry {
  return {
    name: country.name,
    population: country.hints.population ?? 0,
    keys: new Set(nameKeys(country)),
    capitalNames: new Set(country.capitals.map((c) => c.toLowerCase())),
  };
}

/**
 * What the GeoNames reader needs from the other sources: the countries by alpha-2 code, the
 * names a place must not take as a spelling variant or bare title — every name of a country, the
 * name and strong aliases of every person, organisation, event or other thing, and every common
 * English word — the popular Wikipedia titles, less those other entries already carry, and the
 * names of WordNet's nouns.
 */
export function geoContext(
  countries: readonly CountryDraft[],
  others: readonly DraftEntity[],
  commonWords: ReadonlySet<string>,
  names: { popularTitles?: ReadonlySet<string>; wordnetNames?: ReadonlySet<string> } = {},
): GeoContext {
  const reserved = new Set(commonWords);
  const knownPlaces = new Set(others.filter(isWordnetSettlement).map((e) => nameKey(e.name)));
  for (const c of countries) for (const key of nameKeys(c)) reserved.add(key);
  // Surnames and other weak aliases are left out: Jack London does not make London's name his.
  for (const e of others) {
    if (e.type === 'place') continue;
    reserved.add(nameKey(e.name));
    for (const alias of e.aliases) if (!alias.weak) reserved.add(nameKey(alias.text));
  }
  const byCode = new Map<string, GeoCountry>();
  for (const c of countries) if (c.countryCode) byCode.set(c.countryCode, countryOf(c));
  const claimedTitles = new Set(
    [...countries, ...others].flatMap((e) => (e.wikipedia ? [popularTitleKey(e.wikipedia)] : [])),
  );
  return {
    countries: byCode,
    reserved,
    commonWords,
    knownPlaces,
    popularTitles: names.popularTitles ?? new Set(),
    wordnetNames: names.wordnetNames ?? new Set(),
    claimedTitles,
  };
}
