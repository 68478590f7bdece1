import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoDraft } from '../../knowledge/sources/geonames-context';
import { geoContext } from '../../knowledge/geo-context';
import { sameKind } from '../../knowledge/merge-core';
import { COUNTRY_BASE, GEO_DIVISION_BASE } from '../../knowledge/prior';
import { readTerritoryFigures } from '../../knowledge/sources/cldr-territories';
import { readCountries } from '../../knowledge/sources/countries';
import { readGeonames } from '../../knowledge/sources/geonames';
import { shadowDivisions } from '../../knowledge/sources/geonames-admin';
import { readAdmin1Names, readCityRows } from '../../knowledge/sources/geonames-data';
import { describeCity } from '../../knowledge/sources/geonames-describe';
import { divisionKind, isCityDivision } from '../../knowledge/sources/geonames-divisions';
import { isEnglishShaped, spellingVariants } from '../../knowledge/sources/geonames-names';
import type { PopularTitleCase } from '../../knowledge/sources/geonames-wikipedia';
import {
  bareTitle,
  divisionTitle,
  popularBareTitle,
  usCityTitle,
} from '../../knowledge/sources/geonames-wikipedia';
import { titleOf } from '../../knowledge/sources/geonames-titles';

const draftStub = {
  id: 'wn:x',
  type: 'place' as const,
  name: '',
  aliases: [],
  description: '',
  facts: [],
  source: 'wordnet',
  wikipedia: null,
  hints: { base: 0.35 },
};

describe('GeoNames names', () => {
  it.each([
    ['Kiev', true],
    ['Stratford-upon-Avon', true],
    ['Kiev osh', false], // a phrase in another language
    ['IEV', false], // an airport code
    ['bei jing', false], // a lower-case romanisation
    ['Киев', false],
    ['Kijów', false], // diacritics fold to a key the plain spelling gives
    ['Civ', false], // too short
  ])('%s is English-shaped: %s', (text, expected) => {
    expect(isEnglishShaped(text)).toBe(expected);
  });

  it('keeps spellings of the name itself, not foreign or historical names', () => {
    const variants = spellingVariants('Kyiv', [
      'Kiev',
      'Kyiv',
      'Kænugarður',
      'Kiova',
      'IEV',
      'ji fu',
      'Kiew',
    ]);
    expect(variants).toEqual(['Kiev']);
    expect(spellingVariants('Donetsk', ['Stalino', 'Yuzovka', 'Donezk'])).toEqual(['Donezk']);
  });
});

describe('GeoNames descriptions and titles', () => {
  it('describes a city from its facts', () => {
    const base = { countryCode: 'UZ', country: 'Uzbekistan', division: 'Samarqand Region', capital: false };
    expect(describeCity({ ...base, population: 546_303 })).toBe('City in Uzbekistan · population 546,303');
    expect(describeCity({ ...base, population: 20_000 })).toBe('Town in Uzbekistan · population 20,000');
    expect(
      describeCity({
        countryCode: 'US',
        country: 'United States',
        division: 'Oregon',
        population: 652_503,
        capital: false,
      }),
    ).toBe('City in Oregon, United States · population 652,503');
    expect(describeCity({ ...base, country: 'United States', population: 689_545, capital: true })).toBe(
      'Capital of the United States · population 689,545',
    );
  });

  it('names the kind of a division', () => {
    expect(divisionKind('US', 'Texas')).toBe('State');
    expect(divisionKind('AR', 'Cordoba')).toBe('Province');
    expect(divisionKind('US', 'District of Columbia')).toBe('Federal district');
    expect(divisionKind('ZZ', 'Samarqand Region')).toBe('Region');
  });

  it('folds a division into its city only when the city is most of it', () => {
    expect(isCityDivision('Moscow', 10_381_222, 11_127_771)).toBe(true);
    expect(isCityDivision('Kyiv City', 100, 1_000)).toBe(true);
    expect(isCityDivision('Cordoba', 1_317_298, 2_775_453)).toBe(false);
  });

  it('titles US cities "City, State" and bare names only when safe', () => {
    expect(usCityTitle('Portland', 'Oregon', true)).toBe('Portland, Oregon');
    expect(usCityTitle('Chicago', 'Illinois', true)).toBe('Chicago');
    expect(usCityTitle('Washington', 'Utah', false)).toBe('Washington, Utah');
    expect(bareTitle(513_572, [], false)).toBe(true); // Samarkand
    expect(bareTitle(426_162, [], true)).toBe(false); // Toyota: the carmaker's article
    expect(bareTitle(8_961_989, [346_765], true)).toBe(true); // London
    expect(bareTitle(1_317_298, [325_708], false)).toBe(false); // Córdoba
    expect(titleOf('Allahābād')).toBe('Allahabad');
  });

  // A city whose name is a popular, unclaimed article: Birmingham beside Birmingham, Alabama.
  const birmingham: PopularTitleCase = {
    population: 1_144_919,
    capital: false,
    popularFree: true,
    reserved: false,
    word: false,
    otherSense: false,
    divisionOfCountry: false,
    namesakes: [212_461, 20_857],
  };
  it.each<[string, Partial<PopularTitleCase>, boolean]>([
    ['Birmingham, five times Birmingham, Alabama', {}, true],
    ['Valencia, half its Venezuelan namesake', { population: 789_744, namesakes: [1_619_470] }, false],
    ['a city whose name is no popular article', { popularFree: false }, false],
    ['Tamale, a word: the article is the dish', { reserved: true, word: true }, false],
    ['Pali, which WordNet knows as a language only', { otherSense: true }, false],
    ['Oaxaca, whose state has the article', { divisionOfCountry: true }, false],
    ['a town under 100,000 people', { population: 90_000, namesakes: [] }, false],
    ['Athens, a capital five times Athens, Georgia', { capital: true, namesakes: [127_315] }, true],
    ['Tripoli, a capital whose name is also a word', { capital: true, reserved: true, word: true }, true],
    ['Bern, a capital beside its canton', { capital: true, divisionOfCountry: true }, true],
    ["a capital whose name is a body's", { capital: true, reserved: true }, false],
    ['Plymouth, Montserrat, beside Plymouth, England', { capital: true, population: 0 }, false],
  ])('gives a popular bare title to %s: %s', (_, change, expected) => {
    expect(popularBareTitle({ ...birmingham, ...change })).toBe(expected);
  });

  it('titles first-level divisions only where the rule is known', () => {
    expect(divisionTitle('US', 'Georgia')).toBe('Georgia (U.S. state)');
    expect(divisionTitle('US', 'Ohio')).toBe('Ohio');
    expect(divisionTitle('AR', 'La Pampa')).toBe('La Pampa Province');
    expect(divisionTitle('AR', 'Cordoba')).toBe('Córdoba Province, Argentina');
    expect(divisionTitle('AU', 'Victoria')).toBe('Victoria (state)');
    expect(divisionTitle('GB', 'Scotland')).toBe('Scotland');
    expect(divisionTitle('CA', 'Quebec')).toBe('Quebec');
    expect(divisionTitle('JP', 'Osaka')).toBeNull();
    expect(titleOf('São Paulo')).toBe('São Paulo');
    expect(titleOf('Xi’an')).toBe("Xi'an");
    // Romanised Greek's stress accents are not in the titles; Spanish and Portuguese ones are.
    expect(titleOf('Thessaloníki', 'GR')).toBe('Thessaloniki');
    expect(titleOf('Córdoba', 'AR')).toBe('Córdoba');
  });

  it('merges organisations with "other" but never with places or people', () => {
    expect(sameKind('organisation', 'other')).toBe(true);
    expect(sameKind('organisation', 'place')).toBe(false);
    expect(sameKind('person', 'organisation')).toBe(false);
  });
});

describe('GeoNames reader on the real packages', () => {
  let places: GeoDraft[];
  const byId = (id: string) => places.find((p) => p.id === id);

  // WordNet knows Reading, the town: a sign that it is more than the word.
  const readingInWordnet = { ...draftStub, name: 'Reading', instanceOf: ['town'] };

  beforeAll(() => {
    const countries = readCountries(readTerritoryFigures());
    places = readGeonames(
      readCityRows(),
      readAdmin1Names(),
      geoContext(countries, [readingInWordnet], new Set(['deal', 'reading'])),
    );
  }, 30_000);

  it('reads Samarkand with its population, country and division', () => {
    const samarkand = byId('geo:1216265');
    expect(samarkand).toMatchObject({ name: 'Samarkand', type: 'place', source: 'geonames' });
    expect(samarkand?.facts).toContainEqual({ key: 'country', value: 'Uzbekistan' });
    expect(samarkand?.facts.find((f) => f.key === 'population')?.value).toBeGreaterThan(400_000);
    expect(samarkand?.description).toMatch(/^City in Uzbekistan · population [\d,]+$/);
    expect(samarkand?.aliases).toContainEqual({ text: 'Samarqand' });
  });

  it('names a division in full when a same-named city holds most of its people', () => {
    const shadowed = structuredClone(places);
    shadowDivisions(shadowed);
    const find = (id: string) => shadowed.find((p) => p.id === id);
    // Stockholm County is mostly Stockholm: "Stockholm" alone means the city.
    expect(find('geo:SE.26')).toMatchObject({ name: 'Stockholm County' });
    expect(find('geo:SE.26')?.aliases).toContainEqual({ text: 'Stockholm', weak: true });
    expect(find('geo:SE.26')?.hints.base).toBeLessThan(byId('geo:SE.26')?.hints.base ?? 0);
    expect(find('geo:US.NY')?.name).toBe('New York State');
    // Québec city holds a tenth of Quebec, and Córdoba under half of its province: both stay as named.
    expect(find('geo:CA.10')?.name).toBe('Quebec');
    expect(find('geo:AR.05')?.name).toBe('Cordoba');
  });

  it('titles capitals and big cities by popular articles only when the city must be the article', () => {
    const popular = new Set(['athens', 'birmingham', 'valencia', 'oaxaca', 'kochi', 'tamale', 'pali']);
    const ctx = {
      ...geoContext(readCountries(readTerritoryFigures()), [], new Set(['tamale'])),
      popularTitles: popular,
      // WordNet knows the town of Tamale (so it is read) and Pali only as a language.
      knownPlaces: new Set(['tamale']),
      wordnetNames: new Set(['tamale', 'pali']),
    };
    const titled = readGeonames(readCityRows(), readAdmin1Names(), ctx);
    const title = (id: string) => titled.find((p) => p.id === id)?.wikipedia;
    expect(title('geo:264371')).toBe('Athens');
    expect(title('geo:2655603')).toBe('Birmingham');
    expect(title('geo:4049979')).toBe('Birmingham, Alabama');
    expect(title('geo:2509954')).toBeNull(); // Valencia, Spain
    expect(title('geo:3522507')).toBeNull(); // Oaxaca the city: the state has the article
    expect(title('geo:1859146')).toBeNull(); // Kochi, Japan: the article is India's Kochi
    expect(title('geo:2294877')).toBeNull(); // Tamale, Ghana: the article is the dish
    expect(title('geo:1260716')).toBeNull(); // Pāli, India: the article is the language
  }, 30_000);

  it('gives Kyiv the alias Kiev and marks it a capital', () => {
    const kyiv = byId('geo:703448');
    expect(kyiv?.aliases).toContainEqual({ text: 'Kiev' });
    expect(kyiv?.hints.capital).toBe(true);
    // The federal city is Kyiv itself, not a second entry.
    expect(places.some((p) => p.name === 'Kyiv City')).toBe(false);
  });

  it('reads US states and other first-level divisions', () => {
    expect(byId('geo:US.CA')).toMatchObject({
      name: 'California',
      description: 'State of the United States',
      wikipedia: 'California',
    });
    expect(byId('geo:AR.05')?.description).toBe('Province of Argentina');
    expect(places.filter((p) => p.geo.kind === 'division').length).toBeGreaterThan(3_000);
  });

  it("ranks the UK's countries as countries, not as regions", () => {
    expect(byId('geo:GB.SCT')).toMatchObject({
      name: 'Scotland',
      description: 'Country of the United Kingdom',
    });
    for (const id of ['geo:GB.ENG', 'geo:GB.SCT', 'geo:GB.WLS', 'geo:GB.NIR'])
      expect(byId(id)?.hints.base).toBe(COUNTRY_BASE);
    expect(byId('geo:US.CA')?.hints.base).toBe(GEO_DIVISION_BASE);
  });

  it('reads every place of 15,000 people and every capital, and no section of a city', () => {
    const cities = places.filter((p) => p.geo.kind === 'city');
    expect(cities.length).toBeGreaterThan(24_000);
    expect(cities.every((c) => c.geo.featureCode !== 'PPLX')).toBe(true);
    expect(cities.find((c) => c.name === 'Vaduz')?.hints.population).toBeLessThan(15_000);
    // Deal (Kent) is the word; Reading, which WordNet knows too, stays.
    expect(cities.some((c) => c.name === 'Deal')).toBe(false);
    expect(cities.some((c) => c.name === 'Reading' && c.geo.countryCode === 'GB')).toBe(true);
    // Singapore the city is Singapore the country.
    expect(cities.some((c) => c.name === 'Singapore')).toBe(false);
  });
});
