import { readFileSync } from 'node:fs';
import type { Alias, Fact } from '../../engine/types';
import type { DraftEntity } from '../draft';
import type { TerritoryFigures } from './cldr-territories';
import { COUNTRY_BASE } from '../prior';
import { packageFile } from '../paths';
import { EXTRA_ALIASES, WIKIPEDIA_TITLES, isCalledCountry, isUsableSpelling } from './country-names';

export const COUNTRIES_SOURCE = 'world-countries';

/** The fields of a world-countries entry that Gloss reads. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  languages: Record<string, string>;
  demonyms?: { eng?: { m: string; f: string } };
}

/** A country entry with the names the merge matches WordNet synsets against. */
export interface CountryDraft extends DraftEntity {
  cca3: string;
  capitals: string[];
  /** Common and official names and the hand-listed short forms: the names that identify it. */
  primaryNames: string[];
}

function demonymsOf(country: WorldCountry): string[] {
  const eng = country.demonyms?.eng;
  return eng ? [...new Set([eng.m, eng.f].filter((d) => d !== ''))] : [];
}

function aliasesOf(country: WorldCountry, demonyms: ReadonlySet<string>): Alias[] {
  const names: Alias[] = [{ text: country.name.official }];
  for (const spelling of country.altSpellings)
    if (isUsableSpelling(spelling, demonyms)) names.push({ text: spelling });
  return names.concat(EXTRA_ALIASES[country.cca3] ?? []);
}

function factsOf(country: WorldCountry, figures: TerritoryFigures | undefined): Fact[] {
  const facts: Fact[] = country.capital.map((capital) => ({ key: 'capital', value: capital }));
  const region = country.subregion || country.region;
  if (region) facts.push({ key: 'region', value: region });
  if (figures?.population) facts.push({ key: 'population', value: figures.population });
  if (figures?.gdp) facts.push({ key: 'gdp', value: figures.gdp });
  const languages = Object.values(country.languages ?? {});
  if (languages.length > 0) facts.push({ key: 'languages', value: languages.join(', ') });
  // Demonyms stay facts, not aliases: linking "Russian" to Russia is a separate, optional feature.
  for (const demonym of demonymsOf(country)) facts.push({ key: 'demonym', value: demonym });
  return facts;
}

/** "Country in Eastern Europe · capital Moscow" */
function describeCountry(country: WorldCountry): string {
  const kind = isCalledCountry(country.cca3, country.independent) ? 'Country' : 'Territory';
  const region = country.subregion || country.region;
  const where = region ? `${kind} in ${region}` : kind;
  return country.capital.length > 0 ? `${where} · capital ${country.capital.join(', ')}` : where;
}

function draftOf(country: WorldCountry, figures: TerritoryFigures | undefined): CountryDraft {
  const demonyms = new Set(demonymsOf(country));
  const extras = (EXTRA_ALIASES[country.cca3] ?? []).filter((a) => !a.weak).map((a) => a.text);
  return {
    id: `country:${country.cca3}`,
    type: 'place',
    name: country.name.common,
    aliases: aliasesOf(country, demonyms),
    description: describeCountry(country),
    facts: factsOf(country, figures),
    source: COUNTRIES_SOURCE,
    wikipedia: WIKIPEDIA_TITLES[country.cca3] ?? country.name.common,
    countryCode: country.cca2,
    hints: { base: COUNTRY_BASE, ...(figures?.population ? { population: figures.population } : {}) },
    cca3: country.cca3,
    capitals: country.capital,
    primaryNames: [country.name.common, country.name.official, ...extras],
  };
}

/** Reads every world-countries entry, with CLDR's population and GDP by alpha-2 code. */
export function readCountries(figures: ReadonlyMap<string, TerritoryFigures>): CountryDraft[] {
  const path = packageFile('world-countries', 'countries.json');
  const countries = JSON.parse(readFileSync(path, 'utf8')) as WorldCountry[];
  return countries.map((country) => draftOf(country, figures.get(country.cca2)));
}
