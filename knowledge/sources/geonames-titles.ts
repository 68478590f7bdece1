import type { GeoDraft } from './geonames-context';
import { nameKey } from '../keys';
import { bareTitle, usCityTitle } from './geonames-wikipedia';

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

/**
 * Sets the English Wikipedia title of each city where a rule makes it safe (see
 * geonames-wikipedia.ts); divisions carry theirs from the reader.
 */
export function assignTitles(drafts: readonly GeoDraft[], reserved: ReadonlySet<string>): void {
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
    const namesakes = sameName.filter((o) => o !== city).map(people);
    if (bareTitle(people(city), namesakes, reserved.has(key)))
      city.wikipedia = titleOf(city.name, city.geo.countryCode);
  }
}
