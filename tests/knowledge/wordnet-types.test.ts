import { describe, expect, it } from 'vitest';
import type { Synset } from '../../knowledge/sources/wordnet-data';
import { buildNounGraph } from '../../knowledge/sources/wordnet-types';
import { isNamed } from '../../knowledge/sources/wordnet';

function synset(offset: string, lexFile: number, lemma: string, parent?: string): Synset {
  const pointers = parent
    ? [{ symbol: parent.startsWith('i') ? '@i' : '@', target: parent.replace('i', ''), pos: 'n' }]
    : [];
  return { offset, lexFile, lemmas: [lemma], pointers, gloss: '' };
}

// A miniature of WordNet's artifact tree: universities and colleges hang under a structure.
const graph = buildNounGraph([
  synset('1', 6, 'structure'),
  synset('2', 6, 'establishment', '1'),
  synset('3', 6, 'university', '2'),
  synset('4', 6, 'college', '2'),
  synset('5', 6, 'Harvard_University', 'i3'),
  synset('6', 6, 'Dartmouth_College', 'i4'),
  synset('7', 6, 'Kremlin', 'i1'),
]);
const typeOf = (offset: string) => graph.typeOf(graph.byOffset.get(offset) as Synset);

describe('WordNet types', () => {
  it('files a university or college as an organisation, not as its campus', () => {
    expect(typeOf('5')).toBe('organisation');
    expect(typeOf('6')).toBe('organisation');
  });

  it('keeps other structures as places', () => {
    expect(typeOf('7')).toBe('place');
    expect(graph.isInstitution(graph.byOffset.get('7') as Synset)).toBe(false);
  });
});

describe('WordNet names', () => {
  const government = buildNounGraph([
    synset('08069301', 14, 'government'),
    synset('9', 14, 'Kremlin', 'i08069301'),
  ]);
  const capital: Synset = {
    offset: '08374056',
    lexFile: 14,
    lemmas: ['Capital', 'Washington'],
    pointers: [{ symbol: '@i', target: '08069301', pos: 'n' }],
    gloss: 'the federal government of the United States',
  };

  it('keeps a named instance, but not a sense news no longer writes ("Capital", the US government)', () => {
    expect(isNamed(government.byOffset.get('9') as Synset, government)).toBe(true);
    expect(isNamed(capital, government)).toBe(false);
  });

  it('leaves out the American colonies, whose names are those of US states', () => {
    const colonies = buildNounGraph([
      synset('09070916', 15, 'Colony'),
      synset('10', 15, 'New_York', 'i09070916'),
    ]);
    expect(isNamed(colonies.byOffset.get('10') as Synset, colonies)).toBe(false);
  });
});
