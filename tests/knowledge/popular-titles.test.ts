import { describe, expect, it } from 'vitest';
import type { StoreEntity } from '../../engine/types';
import { normalizeKey } from '../../engine/normalize';
import { POPULAR_BOOST, POPULAR_FLOOR, boostPopularNamesakes } from '../../knowledge/prior';
import {
  packedModel,
  popularTitleKey,
  readPopularTitles,
  unpackTitles,
} from '../../knowledge/sources/popular-titles';

describe('popular titles (compromise-wikipedia)', () => {
  it('reads the 38,041 lower-cased titles, the same set on every call', () => {
    const titles = readPopularTitles();
    expect(titles.size).toBe(38_041);
    for (const title of ['vladimir putin', 'new york city', 'federal reserve', 'london'])
      expect(titles.has(title)).toBe(true);
    expect(titles.has('Vladimir Putin')).toBe(false);
    expect(readPopularTitles()).toBe(titles);
  });

  it('unpacks an efrt lexicon out of the module text', () => {
    expect(packedModel('export default `true¦a0b;ab0;c`')).toBe('true¦a0b;ab0;c');
    expect(() => packedModel('export default {}')).toThrow(/compromise-wikipedia/);
    expect(unpackTitles('true¦paris,rome').has('rome')).toBe(true);
  });

  it('keys a Wikipedia title as the list does', () => {
    expect(popularTitleKey('New_York_City')).toBe('new york city');
    expect(popularTitleKey('Vladimir Putin')).toBe('vladimir putin');
  });
});

function entity(id: string, name: string, prior: number, aliases: StoreEntity['aliases'] = []): StoreEntity {
  return {
    id,
    type: 'place',
    name,
    aliases,
    description: '',
    facts: [],
    source: 'test',
    wikipedia: name,
    prior,
  };
}

describe('popularity boost among namesakes', () => {
  const popular = new Set(['springfield, illinois', 'london', 'jack london']);
  const isPopular = (e: StoreEntity) => e.wikipedia !== null && popular.has(popularTitleKey(e.wikipedia));

  it('ranks the popular entity above an unpopular namesake that outranked it', () => {
    const entities = [
      entity('a', 'Springfield, Massachusetts', 0.5, [{ text: 'Springfield' }]),
      entity('b', 'Springfield, Illinois', 0.45, [{ text: 'Springfield' }]),
    ];
    expect(boostPopularNamesakes(entities, isPopular, normalizeKey)).toEqual(['b']);
    expect(entities[1]?.prior).toBeCloseTo(0.45 + POPULAR_BOOST, 3);
    expect(entities[1]!.prior).toBeGreaterThan(entities[0]!.prior);
    expect(entities[0]?.prior).toBe(0.5);
  });

  it('boosts no popular entity that already ranks first, and ignores weak aliases', () => {
    const entities = [
      entity('city', 'London', 0.68),
      entity('writer', 'Jack London', 0.35, [{ text: 'London', weak: true }]),
      entity('ontario', 'London, Ontario', 0.4, [{ text: 'London' }]),
    ];
    expect(boostPopularNamesakes(entities, isPopular, normalizeKey)).toEqual([]);
    // The writer, first for his full name, is only lifted out of the long tail.
    expect(entities.map((e) => e.prior)).toEqual([0.68, POPULAR_FLOOR, 0.4]);
  });

  it('lifts a popular entity without namesakes to the floor, never lowers one', () => {
    const entities = [entity('knesset', 'London', 0.4), entity('unpopular', 'Springfield', 0.2)];
    boostPopularNamesakes(entities, isPopular, normalizeKey);
    expect(entities.map((e) => e.prior)).toEqual([POPULAR_FLOOR, 0.2]);
    const high = [entity('city', 'London', 0.68)];
    boostPopularNamesakes(high, isPopular, normalizeKey);
    expect(high[0]?.prior).toBe(0.68);
  });

  it('breaks near-ties towards the popular entity, capped at 1', () => {
    const nearTie = [
      entity('nyc', 'New York City', 0.527, [{ text: 'New York' }]),
      entity('state', 'New York (state)', 0.509, [{ text: 'New York' }]),
    ];
    const popularCity = (e: StoreEntity) => e.id === 'nyc';
    expect(boostPopularNamesakes(nearTie, popularCity, normalizeKey)).toEqual(['nyc']);
    expect(nearTie.map((e) => e.prior)).toEqual([0.627, 0.509]);
    const capped = [entity('x', 'London', 0.95), entity('y', 'London', 0.8)];
    boostPopularNamesakes(capped, isPopular, normalizeKey);
    expect(capped.map((e) => e.prior)).toEqual([0.95, 0.9]);
    const top = [entity('x', 'London', 0.97), entity('y', 'London', 0.95)];
    boostPopularNamesakes(top, isPopular, normalizeKey);
    expect(top.map((e) => e.prior)).toEqual([1, 1]);
  });
});
