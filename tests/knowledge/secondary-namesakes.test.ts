import { describe, expect, it } from 'vitest';
import type { StoreEntity } from '../../engine/types';
import { normalizeKey } from '../../engine/normalize';
import type { NamesakeRules } from '../../knowledge/prior';
import { SECONDARY_NAMESAKE_DROP, demoteSecondaryNamesakes } from '../../knowledge/prior';

function place(
  id: string,
  name: string,
  prior: number,
  wikipedia: string | null,
  source = 'geonames',
): StoreEntity {
  return { id, type: 'place', name, aliases: [], description: '', facts: [], source, wikipedia, prior };
}

const rules: NamesakeRules = {
  key: normalizeKey,
  settles: (e) => e.source !== 'wordnet',
  lowers: (e) => e.source === 'geonames',
};

describe('namesakes of a primary topic', () => {
  it('lowers the places named like another entry’s bare title', () => {
    const entities = [
      place('geo:4930956', 'Boston', 0.46, 'Boston'),
      place('geo:2655138', 'Boston', 0.387, null),
      place('geo:CH.GE', 'Geneva', 0.396, null),
      place('geo:2660646', 'Geneva', 0.526, 'Geneva'),
      place('geo:4049979', 'Birmingham', 0.43, 'Birmingham, Alabama'),
    ];
    expect(demoteSecondaryNamesakes(entities, rules)).toEqual(['geo:2655138', 'geo:CH.GE']);
    expect(entities[1]?.prior).toBeCloseTo(0.387 - SECONDARY_NAMESAKE_DROP, 3);
    expect(entities[0]?.prior).toBe(0.46);
    // "Birmingham, Alabama" is no bare title of its name, and nothing else is titled "Birmingham".
    expect(entities[4]?.prior).toBe(0.43);
  });

  it('leaves a namesake that ranks above the titled entry, or one of the same title', () => {
    const entities = [
      place('wn:merida', 'Merida', 0.35, 'Merida', 'core'),
      place('geo:3523349', 'Mérida', 0.475, null),
      place('geo:1', 'Paris', 0.7, 'Paris'),
      place('geo:2', 'Paris', 0.5, 'Paris'),
    ];
    expect(demoteSecondaryNamesakes(entities, rules)).toEqual([]);
  });

  it('takes no title that two entries share or that the rules do not trust, and lowers only what they allow', () => {
    const entities = [
      place('a', 'Victoria', 0.6, 'Victoria', 'news-core'),
      place('b', 'Victoria', 0.6, 'Victoria', 'news-core'),
      place('geo:3', 'Victoria', 0.4, null),
      place('wn:hiroshima', 'Hiroshima', 0.6, 'Hiroshima', 'wordnet'),
      place('geo:4', 'Hiroshima', 0.45, null),
      place('wn:boston', 'Boston', 0.3, null, 'wordnet'),
      place('core:boston', 'Boston', 0.8, 'Boston', 'news-core'),
    ];
    expect(demoteSecondaryNamesakes(entities, rules)).toEqual([]);
  });
});
