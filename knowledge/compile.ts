import type { CompiledStore, StoreEntity } from '../engine/types';
import type { DraftEntity } from './draft';
import { STORE_FORMAT } from '../engine/types';
import { buildCommonWords, isCommonWordAlias } from './common-words';
import { weakenBorrowedNames } from './alias-rules';
import { addAliases } from './draft';
import { linkCapitals, mergeWordnetCountries } from './merge-countries';
import { mergeNewsCore } from './merge-core';
import { computePrior } from './prior';
import { serializeStore } from './serialize';
import { NPM_SOURCES, newestDate, newsCoreSource } from './sources';
import { readTerritoryFigures } from './sources/cldr-territories';
import { readCountries } from './sources/countries';
import { parseNewsCore, readNewsCoreFiles } from './sources/news-core';
import { readDataFile, readLemmas, readNounSenseCounts } from './sources/wordnet-data';
import { buildNounGraph } from './sources/wordnet-types';
import { readWordnet } from './sources/wordnet';

export interface CompileOptions {
  /** News-core files as name → JSON text; read from knowledge/news-core/ when absent. */
  newsCoreFiles?: ReadonlyMap<string, string>;
}

export interface CompileResult {
  store: CompiledStore;
  /** The store file's exact content. */
  json: string;
  /** Milliseconds per step. */
  timings: Record<string, number>;
  merged: { wordnetCountries: number; capitalsAdded: number; newsCore: number };
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

/** Compiles the knowledge store in memory from the npm sources and the news core. */
export function compileStore(options: CompileOptions = {}): CompileResult {
  const timings: Record<string, number> = {};
  const time = timer(timings);
  const nouns = time('wordnet parse', () => readDataFile('noun'));
  const commonWords = time('common words', () =>
    buildCommonWords([nouns.map((s) => s.lemmas), ...['verb', 'adj', 'adv'].map(readLemmas)]),
  );
  const wordnet = time('wordnet read', () =>
    readWordnet(nouns, buildNounGraph(nouns), readNounSenseCounts()),
  );
  const countries = time('countries read', () => readCountries(readTerritoryFigures()));
  const core = time('news core read', () =>
    parseNewsCore(options.newsCoreFiles ?? readNewsCoreFiles(), commonWords),
  );
  const drafts = time('merge', () => {
    const places = mergeWordnetCountries(countries, wordnet);
    const capitals = linkCapitals(countries, places);
    const base: DraftEntity[] = [...countries, ...places, ...capitals];
    const alone = mergeNewsCore(base, core);
    weakenBorrowedNames([...base, ...alone]);
    return { base, capitals, alone, wordnetLeft: places.length };
  });
  const entities = time('finish', () => [...drafts.base, ...drafts.alone].map((d) => finish(d, commonWords)));
  const coreAsOf = newestDate(core.map((c) => c.asOf));
  const sources = coreAsOf ? [...NPM_SOURCES, newsCoreSource(coreAsOf)] : [...NPM_SOURCES];
  const store: CompiledStore = {
    format: STORE_FORMAT,
    asOf: newestDate(sources.map((s) => s.asOf)),
    sources,
    entities,
  };
  const json = time('serialize', () => serializeStore(store));
  const merged = {
    wordnetCountries: wordnet.length - drafts.wordnetLeft,
    capitalsAdded: drafts.capitals.length,
    newsCore: core.length - drafts.alone.length,
  };
  return { store: { ...store, entities: JSON.parse(json).entities }, json, timings, merged };
}
