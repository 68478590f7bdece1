import { describe, expect, it } from 'vitest';
import { relationsFromFacts } from '../../engine/store-derive';
import type { Fact } from '../../engine/types';

describe('relationsFromFacts', () => {
  it.each<[Fact, string[]]>([
    [{ key: 'headquarters', value: 'Atlanta, United States' }, ['atlanta, united states', 'atlanta']],
    [{ key: 'headquarters', value: 'Washington, D.C.' }, ['washington, d.c.', 'washington']],
    [{ key: 'capital', value: 'Tbilisi' }, ['tbilisi']],
    [{ key: 'office', value: 'President of Russia' }, ['russia']],
  ])('%j relates to %j', (fact, keys) => expect(relationsFromFacts([fact]).map((r) => r.key)).toEqual(keys));
});
