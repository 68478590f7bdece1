import type { CompiledStore, StoreEntity } from '../engine/types';
import type { DraftEntity } from './draft';
import type { CountryDraft } from './sources/countries';
import type { GeoRow } from './sources/geonames-data';
import type { CoreDraft } from './sources/news-core';
import type { WordnetDraft } from './sources/wordnet';
import { STORE_FORMAT } from '../engine/types';
import { normalizeKey } from '../engine/normalize';
import { buildCommonWords, isCommonWordAlias } from './common-words';
import { weakenBorrowedNames, weakenSharedBodyNames } from './alias-rules';
import { addAliases } from './draft';
import { geoContext } from './geo-context';
import { linkCapitals, mergeWordnetCountries } from './merge-countries';
import { nameKey } from './keys';
import { mergeNewsCore } from './merge-core';
import { countryCodesByName, mergeWordnetPlaces } from './merge-places';
import { shadowDivisions } from './sources/geonames-admin';
import { boostPopularNamesakes, computePrior, demoteSecondaryNamesakes } from './prior';
import { serializeEngineFiles, serializeStore } from './serialize';
import { NPM_SOURCES, newestDate, newsCoreSource } from './sources';
import { readTerritoryFigures } from './sources/cldr-territories';
import { readCountries } from './sources/countries';
import { readGeonames } from './sources/geonames';
import { readAdmin1Names, readCityRows } from './sources/geonames-data';
import { parseNewsCore, readNewsCoreFiles } from './sources/news-core';
import { popularTitleKey, readPopularTitles } from './sources/popular-titles';
import { lemmaText, readDataFile, readLemmas, readNounSenseCounts } from './sources/wordnet-data';
import { buildNounGraph } from './sources/wordnet-types';
import { WORDNET_SOURCE, readWordnet } from './sources/wordnet';
import { GEONAMES_SOURCE, isDivisionId } from './sources/geonames-context';

export interface CompileOptions {
  /** News-core files as name → JSON text; read from knowledge/news-core/ when absent. */
  newsCoreFiles?: ReadonlyMap<string, string>;
}

export interface CompileResult {
  store: CompiledStore;
  /** The whole store's exact content (for `kb stats` and tests; the extension ships `files`). */
  json: string;
  /** The index and details files' exact content. */
  files: { index: string; details: string };
  /** Milliseconds per step. */
  timings: Record<string, number>;
  merged: {
    wordnetCountries: number;
    wordnetPlaces: number;
    capitalsAdded: number;
    newsCore: number;
  };
}

function timer(timings: Record<string, number>) {
  return <T>(step: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    timings[step] = Math.round(performance.now() - start);
    return result;
  };
}

// Aliases arrive as sources list them; this dedupes them by key and flags the common words.
function finish(draft: DraftEntity, commonWords: ReadonlySet<string>): StoreEntity {
  const raw = draft.aliases;
  draft.aliases = [];
  addAliases(draft, raw);
  const aliases = draft.aliases.map((a) =>
    !a.common && isCommonWordAlias(a.text, commonWords) ? { ...a, common: true } : a,
  );
  const { hints, ...rest } = draft;
  const entity: StoreEntity = { ...rest, aliases, prior: computePrior(hints) };
  for (const key of Object.keys(entity) as (keyof StoreEntity)[])
    if (entity[key] === undefined) delete entity[key];
  return entity;
}

interface Sources {
  popularTitles: ReadonlySet<string>;
  wordnetNames: ReadonlySet<string>;
  countries: CountryDraft[];
  wordnet: WordnetDraft[];
  core: CoreDraft[];
  geoRows: { cities: GeoRow[]; admin1: Map<string, string> };
  commonWords: ReadonlySet<string>;
}

// One entry per real-world thing: WordNet's countries fold into world-countries', its cities
// and divisions into GeoNames', capitals are marked, then the news core folds into them all.
function mergeSources({
  popularTitles,
  wordnetNames,
  countries,
  wordnet,
  core,
  geoRows,
  commonWords,
}: Sources) {
  const places = mergeWordnetCountries(countries, wordnet);
  const ctx = geoContext(countries, [...places, ...core], commonWords, { popularTitles, wordnetNames });
  const geo = readGeonames(geoRows.cities, geoRows.admin1, ctx);
  const rest = mergeWordnetPlaces(geo, places, {
    codes: countryCodesByName(countries),
    isPopular: (title) => popularTitles.has(popularTitleKey(title)),
  });
  shadowDivisions(geo);
  const capitals = linkCapitals(countries, [...geo, ...rest]);
  const base: DraftEntity[] = [...countries, ...geo, ...rest, ...capitals];
  const alone = mergeNewsCore(base, core);
  weakenBorrowedNames([...base, ...alone]);
  weakenSharedBodyNames([...base, ...alone]);
  return { base, capitals, alone, wordnetCountriesLeft: places.length, wordnetLeft: rest.length };
}

/** Compiles the knowledge store in memory from the npm sources and the news core. */
export function compileStore(options: CompileOptions = {}): CompileResult {
  const timings: Record<string, number> = {};
  const time = timer(timings);
  const nouns = time('wordnet parse', () => readDataFile('noun'));
  const commonWords = time('common words', () =>
    buildCommonWords([nouns.map((s) => s.lemmas), ...['verb', 'adj', 'adv'].map(readLemmas)]),
  );
  const popularTitles = time('popular titles', readPopularTitles);
  const wordnet = time('wordnet read', () =>
    readWordnet(nouns, buildNounGraph(nouns), readNounSenseCounts(), popularTitles),
  );
  const countries = time('countries read', () => readCountries(readTerritoryFigures()));
  const core = time('news core read', () =>
    parseNewsCore(options.newsCoreFiles ?? readNewsCoreFiles(), commonWords),
  );
  const geoRows = time('geonames parse', () => ({ cities: readCityRows(), admin1: readAdmin1Names() }));
  const drafts = time('merge', () =>
    mergeSources({
      popularTitles,
      wordnetNames: new Set(nouns.flatMap((s) => s.lemmas.map((l) => nameKey(lemmaText(l))))),
      countries,
      wordnet,
      core,
      geoRows,
      commonWords,
    }),
  );
  const entities = time('finish', () => [...drafts.base, ...drafts.alone].map((d) => finish(d, commonWords)));
  time('popular boost', () =>
    boostPopularNamesakes(
      entities,
      (e) => e.wikipedia !== null && popularTitles.has(popularTitleKey(e.wikipedia)),
      normalizeKey,
    ),
  );
  time('secondary namesakes', () =>
    demoteSecondaryNamesakes(entities, {
      key: normalizeKey,
      // Countries, GeoNames cities and the news core settle a name; WordNet's guessed titles (its
      // "Merida", its "San Juan") and divisions' (WordNet's "Punjab" on India's state) do not.
      settles: (e) => e.source !== WORDNET_SOURCE && !isDivisionId(e.id),
      lowers: (e) => e.source === GEONAMES_SOURCE,
    }),
  );
  const coreAsOf = newestDate(core.map((c) => c.asOf));
  const sources = coreAsOf ? [...NPM_SOURCES, newsCoreSource(coreAsOf)] : [...NPM_SOURCES];
  const store: CompiledStore = {
    format: STORE_FORMAT,
    asOf: newestDate(sources.map((s) => s.asOf)),
    sources,
    entities,
  };
  const json = time('serialize', () => serializeStore(store));
  const files = time('index', () => serializeEngineFiles(json));
  const merged = {
    wordnetCountries: wordnet.length - drafts.wordnetCountriesLeft,
    wordnetPlaces: drafts.wordnetCountriesLeft - drafts.wordnetLeft,
    capitalsAdded: drafts.capitals.length,
    newsCore: core.length - drafts.alone.length,
  };
  return { store: { ...store, entities: JSON.parse(json).entities }, json, files, timings, merged };
}
