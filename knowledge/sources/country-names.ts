import type { Alias } from '../../engine/types';

/**
 * Names English news uses for a country that world-countries lacks or lists only as a code. They
 * are strong aliases: "US" or "UAE" is how most articles name the country.
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly Alias[]>> = {
  USA: [{ text: 'US' }, { text: 'U.S.' }, { text: 'U.S.A.' }, { text: 'America', weak: true }],
  GBR: [{ text: 'UK' }, { text: 'U.K.' }, { text: 'Britain' }],
  ARE: [{ text: 'U.A.E.' }],
  COD: [{ text: 'Congo-Kinshasa' }],
  CHN: [{ text: 'PRC' }],
  KOR: [{ text: 'ROK' }],
  CZE: [{ text: 'Czech Republic' }],
  TUR: [{ text: 'Turkey' }],
  SAU: [{ text: 'KSA' }],
  BIH: [{ text: 'BiH' }],
  // "CAR" is also the word car in a headline's capitals: a short form, so weak.
  CAF: [{ text: 'CAR', weak: true }],
  CPV: [{ text: 'Cabo Verde' }],
  VAT: [{ text: 'Holy See' }],
  MKD: [{ text: 'Macedonia', weak: true }],
};

/** Two-letter codes that are the usual English name in the news; other codes are not names. */
const NAME_CODES = new Set(['US', 'UK']);

// Entries of altSpellings that are not names for the country in English text: a demonym or
// adjective ("Thai", "Saudi"), a word ("Island" for Iceland, "Prathet" is Thai for "country").
const NOT_NAMES = new Set([
  'Island',
  'Thai',
  'Togolese',
  'Prathet',
  'Saudi',
  'Portuguesa',
  'Mexicanos',
  'Mann',
]);

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.()\-–&0-9]+$/u;

/** Whether an altSpellings entry is a name to match: Latin script, not a code, not inverted. */
export function isUsableSpelling(text: string, demonyms: ReadonlySet<string>): boolean {
  if (/^[A-Z]{2}$/.test(text)) return NAME_CODES.has(text);
  // "Korea, Republic of" is a sorted-list form that never appears in running text.
  if (text.includes(',') || !LATIN.test(text)) return false;
  return !NOT_NAMES.has(text) && !demonyms.has(text);
}

/**
 * English Wikipedia titles that differ from world-countries' common name: the plain name is the
 * US state, the island, the region, or an older title redirects.
 */
export const WIKIPEDIA_TITLES: Readonly<Record<string, string>> = {
  GEO: 'Georgia (country)',
  COD: 'Democratic Republic of the Congo',
  IRL: 'Republic of Ireland',
  FSM: 'Federated States of Micronesia',
  PSE: 'State of Palestine',
  CZE: 'Czech Republic',
  TLS: 'East Timor',
  GMB: 'The Gambia',
  BHS: 'The Bahamas',
  MAF: 'Collectivity of Saint Martin',
  SGS: 'South Georgia and the South Sandwich Islands',
  TUR: 'Turkey',
  ALA: 'Åland',
};

// Partly recognised or not independent in the data, but called countries by English news.
const CALLED_COUNTRY = new Set(['TWN', 'PSE', 'UNK', 'VAT']);

export function isCalledCountry(cca3: string, independent: boolean): boolean {
  return independent || CALLED_COUNTRY.has(cca3);
}
