import { describe, expect, it } from 'vitest';
import type { MergedCity } from '../../knowledge/english-names';
import type { GeoDraft } from '../../knowledge/sources/geonames-context';
import { englishName } from '../../knowledge/english-names';

const POPULAR = new Set([
  'cologne',
  'frankfurt',
  'antwerp',
  'aleppo',
  'antioch',
  'salisbury',
  'kuwait',
  'haifa',
  'odessa',
]);

function city(name: string, population: number, wikipedia: string | null = null): GeoDraft {
  return {
    id: `geo:${name}`,
    type: 'place',
    name,
    aliases: [],
    description: '',
    facts: [],
    source: 'geonames',
    wikipedia,
    hints: { base: 0.35, population },
    geo: { kind: 'city', countryCode: 'ZZ', matchKeys: [] },
  };
}

function merged(geoName: string, wordnetName: string, more: Partial<MergedCity> = {}): MergedCity {
  return {
    city: city(geoName, 500_000),
    wordnetName,
    wordnetAliases: [],
    isPopular: (title) => POPULAR.has(title.toLowerCase()),
    isCountryName: (name) => name === 'Kuwait',
    largestNamesake: () => 0,
    ...more,
  };
}

describe('English names of merged cities', () => {
  it.each<[string, MergedCity, { name: string; title: string } | null]>([
    ['Köln is Cologne', merged('Köln', 'Cologne'), { name: 'Cologne', title: 'Cologne' }],
    [
      "Odesa keeps Ukraine's spelling, though the popular list has Odessa",
      merged('Odesa', 'Odessa', {
        city: { ...city('Odesa', 1_000_000), geo: { kind: 'city', countryCode: 'UA', matchKeys: [] } },
      }),
      null,
    ],
    [
      'Antwerpen is Antwerp, a spelling WordNet also gives',
      merged('Antwerpen', 'Antwerpen', { wordnetAliases: ['Antwerp', 'Anvers'] }),
      { name: 'Antwerp', title: 'Antwerp' },
    ],
    [
      "Aleppo keeps its name and gets its title, not WordNet's Halab",
      merged('Aleppo', 'Halab'),
      {
        name: 'Aleppo',
        title: 'Aleppo',
      },
    ],
    [
      'Frankfurt am Main is Frankfurt, its short form',
      merged('Frankfurt am Main', 'Frankfurt on the Main', { wordnetAliases: ['Frankfurt'] }),
      { name: 'Frankfurt', title: 'Frankfurt' },
    ],
    [
      "Harare is not Salisbury, WordNet's other name for it",
      merged('Harare', 'Harare', {
        wordnetAliases: ['Salisbury'],
      }),
      null,
    ],
    ['Kuwait City is not the country', merged('Kuwait City', 'Kuwait'), null],
    [
      'Antakya is not Antioch while Antioch, California is over a third its size',
      merged('Antakya', 'Antioch', {
        largestNamesake: () => 200_000,
      }),
      null,
    ],
    ['no title says which is English', merged('Sidon', 'Sayda'), null],
    ['both are titles', merged('Haifa', 'Aleppo'), null],
  ])('%s', (_, input, expected) => {
    expect(englishName(input)).toEqual(expected);
  });
});
