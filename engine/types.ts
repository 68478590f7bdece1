/** The kinds of entity Gloss knows; each gets its own highlight colour and popup switch. */
export const ENTITY_TYPES = ['person', 'place', 'organisation', 'event', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * Keys of the facts a card can show. The card owns the wording of each label, so a fact stays
 * translatable; values are plain data (ISO dates, numbers, names) formatted for the reader's locale.
 */
export const FACT_KEYS = [
  'born',
  'died',
  'nationality',
  'office',
  'capital',
  'country',
  'region',
  'division',
  'population',
  'gdp',
  'languages',
  'demonym',
  'founded',
  'headquarters',
  'leader',
  'instanceOf',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** One fact on a card. `value` is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for dates. */
export interface Fact {
  key: FactKey;
  value: string | number;
  /** When the fact started to hold, e.g. the date an office was taken (ISO date). */
  since?: string;
}

/** A name an entity goes by. Weak aliases (surnames, initials, common words) need support in context. */
export interface Alias {
  text: string;
  /** Needs support from context before it links: a surname, initials, a short form. */
  weak?: boolean;
  /** Also an ordinary English word ("May", "Turkey", "Chad"): never links when written in lower case or at a sentence start without support. */
  common?: boolean;
}

/** Where a store entry came from, as named in the card footer and the About section. */
export interface SourceInfo {
  key: string;
  name: string;
  version: string;
  licence: string;
  url: string;
  /** Date the source's facts hold as of (ISO). */
  asOf: string;
}

/** One entry of the compiled knowledge store. */
export interface StoreEntity {
  /** Stable across builds: derived from the source's own identifier, never from array order. */
  id: string;
  type: EntityType;
  name: string;
  /** Every other name; `name` itself appears only to carry a flag (a one-word name that is also a common word). */
  aliases: Alias[];
  /** One line, shown under the name on the card. */
  description: string;
  facts: Fact[];
  /** Key into the store's `sources`. */
  source: string;
  /** English Wikipedia title with spaces (e.g. "Vladimir Putin"), or null when unknown. */
  wikipedia: string | null;
  /** Popularity prior in [0, 1], used to rank candidates that share an alias. */
  prior: number;
  /** ISO 3166-1 alpha-2 code for countries, from which the card draws the flag. */
  countryCode?: string;
  /**
   * Ids of entries merged into this one (a news-core entry folded into the WordNet entry it
   * describes): saved choices may name them, and the store still finds this entity by them.
   */
  formerIds?: string[];
}

/** The compiled store as written by `npm run kb` and read by the background. */
export interface CompiledStore {
  format: typeof STORE_FORMAT;
  /** The newest `asOf` of the sources: the date the store's facts hold as of. */
  asOf: string;
  sources: SourceInfo[];
  entities: StoreEntity[];
}

export const STORE_FORMAT = 1;

/** Path of the store's index inside the built extension (and under `public/`): what annotating needs. */
export const STORE_INDEX_PATH = 'store/gloss-index.json';
/** Path of the store's details (descriptions, facts, aliases, sources), read on the first card. */
export const STORE_DETAILS_PATH = 'store/gloss-details.json';
/** The store file the background reads at every start: the index (see engine/store-files.ts). */
export const STORE_PATH = STORE_INDEX_PATH;
