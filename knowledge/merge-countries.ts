import type { DraftEntity } from './draft';
import type { CountryDraft } from './sources/countries';
import type { GeoDraft } from './sources/geonames-context';
import type { WordnetDraft } from './sources/wordnet';
import { nameKey as normalizeKey } from './keys';
import { addAliases, nameKeys, slugify } from './draft';
import { mergeHints, CAPITAL_BASE } from './prior';
import { COUNTRIES_SOURCE } from './sources/countries';

/**
 * How surely a WordNet country synset is this world-countries country: 3 when its first lemma is
 * one of the country's primary names, 2 when another lemma is and the first is at least an alias,
 * 1 for any shared name. Only 2 and up merge, so "China" (a lemma of WordNet's Taiwan synset)
 * never pulls Taiwan into China.
 */
function score(keys: readonly string[], primary: ReadonlySet<string>, all: ReadonlySet<string>): number {
  const first = keys[0] ?? '';
  if (primary.has(first)) return 3;
  // The synset's own name must be one of the country's too: WordNet's "Soviet Union" lists
  // "Russia" as a lemma, yet the USSR is not today's Russia.
  if (keys.some((k) => primary.has(k)) && all.has(first)) return 2;
  return keys.some((k) => all.has(k)) ? 1 : 0;
}

/** Folds WordNet's country synsets into their world-countries entry (whose facts win). */
export function mergeWordnetCountries(countries: CountryDraft[], wordnet: WordnetDraft[]): WordnetDraft[] {
  const keys = countries.map((c) => ({
    country: c,
    primary: new Set(c.primaryNames.map(normalizeKey)),
    all: new Set(nameKeys(c)),
  }));
  const byTitle = new Map(countries.map((c) => [normalizeKey(c.wikipedia ?? ''), c]));
  const rest: WordnetDraft[] = [];
  for (const wn of wordnet) {
    // The same Wikipedia article is the same thing (WordNet's continent Antarctica).
    const titled = wn.wikipedia ? byTitle.get(normalizeKey(wn.wikipedia)) : undefined;
    let best: { country: CountryDraft; score: number } | undefined = titled && { country: titled, score: 4 };
    if (!best && wn.isCountry) {
      const wnKeys = nameKeys(wn);
      for (const k of keys) {
        const s = score(wnKeys, k.primary, k.all);
        if (s >= 2 && (!best || s > best.score)) best = { country: k.country, score: s };
      }
    }
    if (!best) {
      rest.push(wn);
      continue;
    }
    addAliases(best.country, [{ text: wn.name }, ...wn.aliases]);
    best.country.hints = mergeHints(best.country.hints, wn.hints);
  }
  return rest;
}

function newCapital(country: CountryDraft, capital: string): DraftEntity {
  return {
    id: `capital:${country.cca3}-${slugify(capital)}`,
    type: 'place',
    name: capital,
    aliases: [],
    description: `Capital of ${country.name}`,
    facts: [{ key: 'country', value: country.name }],
    source: COUNTRIES_SOURCE,
    wikipedia: null,
    hints: { base: CAPITAL_BASE, capital: true },
  };
}

// A place that names the country in any of its place facts.
function inCountry(place: DraftEntity, countryKeys: ReadonlySet<string>): boolean {
  return place.facts.some(
    (f) =>
      ['country', 'region', 'division'].includes(f.key) && countryKeys.has(normalizeKey(String(f.value))),
  );
}

// Every name a place is known by; GeoNames places also by their foreign names ("Washington D.C.").
function placeKeys(place: DraftEntity): Set<string> {
  const more = (place as Partial<GeoDraft>).geo?.matchKeys ?? [];
  return new Set([...nameKeys(place), ...more]);
}

// The national capital of that name before a provincial town of the same name, then the larger.
function prominence(a: DraftEntity, b: DraftEntity): number {
  const capital = Number(b.hints.capital === true) - Number(a.hints.capital === true);
  return capital || (b.hints.population ?? 0) - (a.hints.population ?? 0);
}

/**
 * Marks each country's capital among the places (same name, and it lies in this country or it is
 * the only place of that name and no source puts it elsewhere), or adds the capital as an entry of its own when no source has it.
 */
export function linkCapitals(
  countries: readonly CountryDraft[],
  places: readonly DraftEntity[],
): DraftEntity[] {
  const byName = new Map<string, DraftEntity[]>();
  for (const p of places) {
    if (p.type !== 'place') continue;
    for (const key of placeKeys(p)) {
      const list = byName.get(key);
      if (list) list.push(p);
      else byName.set(key, [p]);
    }
  }
  const added: DraftEntity[] = [];
  for (const country of countries) {
    const countryKeys = new Set(nameKeys(country));
    for (const capital of country.capitals) {
      // A city-state's capital (Monaco, Singapore) is the country's own entry.
      if (countryKeys.has(normalizeKey(capital))) continue;
      const candidates = [...(byName.get(normalizeKey(capital)) ?? [])].sort(prominence);
      // A lone namesake whose country is unknown (WordNet gave none) is taken; one known to lie
      // in another country is not.
      const lone = candidates.length === 1 && !candidates[0]?.facts.some((f) => f.key === 'country');
      const match = candidates.find((p) => inCountry(p, countryKeys)) ?? (lone ? candidates[0] : undefined);
      if (!match) {
        added.push(newCapital(country, capital));
        continue;
      }
      match.hints = { ...match.hints, capital: true };
      addAliases(match, [{ text: capital }]);
      if (!match.facts.some((f) => f.key === 'country'))
        match.facts.push({ key: 'country', value: country.name });
    }
  }
  return added;
}
