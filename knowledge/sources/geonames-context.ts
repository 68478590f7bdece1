import type { DraftEntity } from '../draft';

export const GEONAMES_SOURCE = 'geonames';

/** Whether an id is a GeoNames first-level division's (`geo:US.OR`; a city's is `geo:` and a number). */
export function isDivisionId(id: string): boolean {
  return id.startsWith('geo:') && id.includes('.');
}

/** What the GeoNames reader needs to know about a country, by ISO alpha-2 code. */
export interface GeoCountry {
  name: string;
  population: number;
  /** Keys of every name of the country: a city of that name may be the country itself. */
  keys: ReadonlySet<string>;
  /** Its capitals' names in lower case: kept whatever their size. */
  capitalNames: ReadonlySet<string>;
}

/** The reader's inputs from the other sources. */
export interface GeoContext {
  countries: ReadonlyMap<string, GeoCountry>;
  /**
   * Keys of names that belong to something other than a place (people, organisations, common
   * English words): never an alternate spelling of a place, nor a safe bare title.
   */
  reserved: ReadonlySet<string>;
  /** Common English words in lower case ("deal", "same", "much"). */
  commonWords: ReadonlySet<string>;
  /** Keys of the names of the towns and cities WordNet knows: a sign that a place is notable. */
  knownPlaces: ReadonlySet<string>;
  /** Popular English Wikipedia titles in popularTitleKey form (see popular-titles.ts). */
  popularTitles: ReadonlySet<string>;
  /** Keys of every WordNet noun's lemmas, any case ("pali", the language; "athens"). */
  wordnetNames: ReadonlySet<string>;
  /** The titles other sources' entries carry, in the same form: those articles are theirs. */
  claimedTitles: ReadonlySet<string>;
}

/** A GeoNames city or first-level division on its way into the store. */
export interface GeoDraft extends DraftEntity {
  geo: {
    kind: 'city' | 'division';
    countryCode: string;
    /** First-level division's English name, for cities. */
    division?: string;
    featureCode?: string;
    /** Keys of every Latin-script name GeoNames gives, to match other sources' names against. */
    matchKeys: string[];
  };
}
