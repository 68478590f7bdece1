import { describe, expect, it } from 'vitest';
import { tokenize } from '../../engine/tokenize';

describe('tokenize', () => {
  it('splits possessives off and keeps inner apostrophes', () => {
    const tokens = tokenize("Russia's O'Brien");
    expect(tokens.map((t) => [t.key, t.fullKey])).toEqual([
      ['russia', "russia's"],
      ["o'brien", "o'brien"],
    ]);
  });

  it.each([
    ['He met Putin. Xi came', 'xi', true],
    ['He met Mr. Putin', 'putin', false],
    ['George W. Bush spoke', 'bush', false],
    ['said on Wednesday: "Regarding', 'regarding', true],
    ['WATCHES | Chinese bombers', 'chinese', true],
    ['ended\nMay', 'may', true],
    ['Putin and Xi', 'xi', false],
  ])('in %j, %j starts a sentence: %s', (text, key, expected) => {
    expect(tokenize(text).find((t) => t.key === key)?.sentenceStart).toBe(expected);
  });

  it('reads the shape of each word', () => {
    expect(tokenize('NATO Russia of 2022 e').map((t) => t.shape)).toEqual([
      'upper',
      'cap',
      'lower',
      'digit',
      'lower',
    ]);
  });
});
