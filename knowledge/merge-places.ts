import type { DraftEntity } from './draft';
import type { CountryDraft } from './sources/countries';
import type { GeoDraft } from './sources/geonames-context';
import type { WordnetDraft } from './sources/wordnet';
import { addAliases, nameKeys } from './draft';
import { englishName, namesakeSizes } from './english-names';
import { nameKey } from './keys';
import { mergeHints } from './prior';

// WordNet classes of settlements, matched to GeoNames cities by any of their names.
const SETTLEMENTS = new Set(
  'city town port national_capital state_capital provincial_capital capital port_of_entry village borough metropolis resort spa township'.split(
    ' ',
  ),
);
// WordNet classes of first-level divisions, matched to GeoNames divisions by their own name.
const DIVISIONS = new Set(
  'state American_state Australian_state Canadian_province Malaysian_state French_region Italian_region province region district federal_district geographical_area peninsula emirate canton county'.split(
    ' ',
  ),
);

/** A WordNet city or town (not an island or a region of the same name). */
export function isWordnetSettlement(entity: DraftEntity): boolean {
  const classes = (entity as Partial<WordnetDraft>).instanceOf ?? [];
  return entity.type === 'place' && classes.some((c) => SETTLEMENTS.has(c));
}

// WordNet names the UK's countries as countries; GeoNames files them under GB.
const UK_PARTS = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'Britain'];

/** Country name key → ISO alpha-2 code, for every name that belongs to one country only. */
export function countryCodesByName(countries: readonly CountryDraft[]): Map<string, string> {
  const codes = new Map<string, string | null>();
  for (const c of countries) {
    const code = c.countryCode ?? '';
    for (const key of new Set(nameKeys(c))) codes.set(key, codes.has(key) ? null : code);
  }
  for (const part of UK_PARTS) codes.set(nameKey(part), 'GB');
  return new Map([...codes].filter((e): e is [string, string] => e[1] !== null && e[1] !== ''));
}

class GeoIndex {
  private readonly byKey = new Map<string, GeoDraft[]>();
  private readonly byTitle = new Map<string, GeoDraft>();

  constructor(geo: readonly GeoDraft[]) {
    for (const g of geo) {
      if (g.wikipedia) this.byTitle.set(nameKey(g.wikipedia), g);
      for (const key of new Set([...g.geo.matchKeys, ...nameKeys(g)])) {
        const k = `${g.geo.countryCode}|${g.geo.kind}|${key}`;
        const list = this.byKey.get(k);
        if (list) list.push(g);
        else this.byKey.set(k, [g]);
      }
    }
  }

  /** The place with this English Wikipedia title: the same article is the same place. */
  titled(title: string | null): GeoDraft | undefined {
    return title ? this.byTitle.get(nameKey(title)) : undefined;
  }

  find(country: string, kind: GeoDraft['geo']['kind'], keys: readonly string[]): GeoDraft[] {
    return [...new Set(keys.flatMap((key) => this.byKey.get(`${country}|${kind}|${key}`) ?? []))];
  }
}

const fact = (e: WordnetDraft, key: string): string | undefined => {
  const value = e.facts.find((f) => f.key === key)?.value;
  return value === undefined ? undefined : String(value);
};

// Narrows a list to the items that pass, unless none does.
function prefer<T>(items: readonly T[], test: (item: T) => boolean): readonly T[] {
  const passing = items.filter(test);
  return passing.length > 0 ? passing : items;
}

// Of several cities in one country that go by the name, WordNet means one whose own name it is
// (GeoNames lists "Eugene" among Gresham's names too), in the division its holonym names
// (Portland, Maine), or else one that dwarfs the others; otherwise no merge.
function pick(candidates: readonly GeoDraft[], wn: WordnetDraft): GeoDraft | undefined {
  const keys = new Set(nameKeys(wn));
  const division = fact(wn, 'division');
  const named = prefer(candidates, (c) => keys.has(nameKey(c.name)));
  const pool = prefer(
    named,
    (c) => division !== undefined && nameKey(c.geo.division ?? '') === nameKey(division),
  );
  const sorted = [...pool].sort((a, b) => (b.hints.population ?? 0) - (a.hints.population ?? 0));
  const [first, second] = sorted;
  if (!first || !second) return first;
  return (first.hints.population ?? 0) >= 3 * (second.hints.population ?? 0) ? first : undefined;
}

function targetOf(wn: WordnetDraft, index: GeoIndex, codes: ReadonlyMap<string, string>) {
  if (wn.type !== 'place') return undefined;
  // Kinshasa and Honolulu, whose WordNet country is ambiguous (Congo) or missing (Oahu).
  const titled = index.titled(wn.wikipedia);
  if (titled) return titled;
  // The country, or a region that is one in world-countries (WordNet's Taipei lies in "Taiwan").
  const country = [fact(wn, 'country'), fact(wn, 'region')]
    .map((name) => (name === undefined ? undefined : codes.get(nameKey(name))))
    .find((code) => code !== undefined);
  if (!country) return undefined;
  if (isWordnetSettlement(wn)) return pick(index.find(country, 'city', nameKeys(wn)), wn);
  if (wn.instanceOf.some((c) => DIVISIONS.has(c))) {
    const found = index.find(country, 'division', [nameKey(wn.name)]);
    if (found.length === 1) return found[0];
    // A division that is its seat city went into that city's names (the District of Columbia).
    const city = found.length === 0 ? index.find(country, 'city', [nameKey(wn.name)]) : [];
    return city.length === 1 ? city[0] : undefined;
  }
  return undefined;
}

/** What the merge reads besides the places themselves. */
export interface PlaceMergeInputs {
  /** Country name key → ISO alpha-2 code (countryCodesByName). */
  codes: ReadonlyMap<string, string>;
  /** Whether a title is one of the popular English Wikipedia titles. */
  isPopular: (title: string) => boolean;
}

/**
 * Folds WordNet's cities and divisions into the GeoNames place of the same name in the same
 * country (WordNet's part holonym names the country): one Moscow, with WordNet's names (Kyyiv,
 * Kiev) added to GeoNames' and GeoNames' facts kept; a city takes the English one of the two
 * names where they differ (see englishName). Returns the WordNet entries left apart.
 */
export function mergeWordnetPlaces(
  geo: readonly GeoDraft[],
  wordnet: readonly WordnetDraft[],
  { codes, isPopular }: PlaceMergeInputs,
): WordnetDraft[] {
  const index = new GeoIndex(geo);
  const sizes = namesakeSizes(geo);
  const rest: WordnetDraft[] = [];
  for (const wn of wordnet) {
    const target = targetOf(wn, index, codes);
    if (!target) {
      rest.push(wn);
      continue;
    }
    addAliases(target, [{ text: wn.name }, ...wn.aliases]);
    // A division keeps its own base: WordNet's would lift New York State above New York City.
    const hints = mergeHints(target.hints, wn.hints);
    target.hints = target.geo.kind === 'division' ? { ...hints, base: target.hints.base } : hints;
    // WordNet writes names without diacritics; the article has them (São Paulo).
    const sameName = wn.wikipedia !== null && nameKey(wn.wikipedia) === nameKey(target.name);
    target.wikipedia ??= sameName ? target.name : wn.wikipedia;
    if (target.geo.kind === 'city' && isWordnetSettlement(wn))
      renameInEnglish(target, wn, { isPopular, codes, sizes });
  }
  return rest;
}

function renameInEnglish(
  city: GeoDraft,
  wn: WordnetDraft,
  { isPopular, codes, sizes }: PlaceMergeInputs & { sizes: (name: string, self: GeoDraft) => number },
): void {
  const english = englishName({
    city,
    wordnetName: wn.name,
    wordnetAliases: wn.aliases.filter((a) => !a.weak).map((a) => a.text),
    isPopular,
    isCountryName: (name) => codes.has(nameKey(name)),
    largestNamesake: (name) => sizes(name, city),
  });
  if (!english) return;
  if (english.name !== city.name) {
    addAliases(city, [{ text: city.name }]);
    city.name = english.name;
  }
  city.wikipedia = english.title;
}
