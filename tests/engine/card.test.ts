import { describe, expect, it } from 'vitest';
import { cardData, flagEmoji } from '../../engine/card';
import { store } from './helpers';

describe('cardData', () => {
  it('gives a country its flag, aliases as strings and its source', () => {
    const card = cardData(store, 'wc:united-states');
    expect(card).toMatchObject({
      id: 'wc:united-states',
      name: 'United States',
      type: 'place',
      flag: '🇺🇸',
      wikipedia: 'United States',
      source: { key: 'world-countries', licence: 'MIT' },
    });
    expect(card?.aliases).toContain('USA');
    expect(card?.facts).toContainEqual({ key: 'capital', value: 'Washington, D.C.' });
  });

  it('has no flag for a person and null for an unknown id', () => {
    expect(cardData(store, 'core:vladimir-putin')?.flag).toBeNull();
    expect(cardData(store, 'nobody')).toBeNull();
  });

  it.each([
    ['GE', '🇬🇪'],
    ['de', '🇩🇪'],
    ['X', null],
    [undefined, null],
  ])('flagEmoji(%j) = %j', (code, flag) => expect(flagEmoji(code)).toBe(flag));
});
