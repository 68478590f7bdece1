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

  // The scan reads ASCII words in one pass; every word must read as the general definitions have it.
  it.each([
    "NATO's",
    "NATO'S",
    "A's",
    "Macron's",
    'McDonald',
    'iPhone',
    'G7',
    '7G',
    'x',
    'Émile',
    "ÉMILE's",
    'ABCdefGHIjklmnop',
    'Internationally',
    'internationally',
  ])('reads %j as its lower-case and capitals say', (word) => {
    const [token] = tokenize(word);
    const stem = word.replace(/'[sS]$/, '');
    const first = stem.charAt(0);
    const shape = /\p{N}/u.test(first)
      ? 'digit'
      : !/\p{Lu}/u.test(first)
        ? 'lower'
        : stem.length > 1 && /\p{Ll}/u.test(stem)
          ? 'cap'
          : 'upper';
    expect([token?.fullKey, token?.key, token?.shape]).toEqual([
      word.toLowerCase(),
      stem.toLowerCase(),
      shape,
    ]);
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

  // [full key, key, shape, gap, starts a sentence, break before] of each word.
  it.each([
    [
      "rock 'n' roll",
      [
        ['rock', 'rock', 'lower', '', true, false],
        ['n', 'n', 'lower', "' ", false, false],
        ['roll', 'roll', 'lower', "' ", false, false],
      ],
    ],
    [
      'Putin, Xi. Biden -- Harris\nLula',
      [
        ['putin', 'putin', 'cap', '', true, false],
        ['xi', 'xi', 'cap', ', ', false, false],
        ['biden', 'biden', 'cap', '. ', true, false],
        ['harris', 'harris', 'cap', '-- ', false, false],
        ['lula', 'lula', 'cap', ' ', true, true],
      ],
    ],
    [
      "JAMES'S 𝐀bc Ⅻ x'",
      [
        ["james's", 'james', 'upper', '', true, false],
        ['𝐀bc', '𝐀bc', 'lower', ' ', false, false],
        ['ⅻ', 'ⅻ', 'digit', ' ', false, false],
        ['x', 'x', 'lower', ' ', false, false],
      ],
    ],
    [
      'Ελλάς ΟΔΥΣΣΕΥΣ',
      [
        ['ελλάς', 'ελλάς', 'cap', '', true, false],
        ['οδυσσευς', 'οδυσσευς', 'upper', ' ', false, false],
      ],
    ],
  ])('reads %j word by word', (text, expected) => {
    const read = tokenize(text).map((t) => [
      t.fullKey,
      t.key,
      t.shape,
      t.gap,
      t.sentenceStart,
      t.breakBefore,
    ]);
    expect(read).toEqual(expected);
  });
});
