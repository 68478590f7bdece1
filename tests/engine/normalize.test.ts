import { describe, expect, it } from 'vitest';
import { ASCII_FOLDS, foldChar, normalize, normalizeKey, toOriginalSpan } from '../../engine/normalize';

/** The original text under a normalised span found by searching the normalised text. */
function originalOf(text: string, needle: string): string {
  const norm = normalize(text);
  const at = norm.text.indexOf(needle);
  expect(at, `"${needle}" in "${norm.text}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalSpan(norm, at, at + needle.length);
  return text.slice(start, end);
}

describe('ASCII folds', () => {
  it('the written-out table is what foldChar gives for each of the 128 ASCII characters', () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      const folded = foldChar(char);
      expect([code, ASCII_FOLDS[code] ?? char]).toEqual([code, folded]);
    }
  });
});

describe('normalizeKey', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['  São\u00A0Paulo  ', 'sao paulo'],
    ['People’s Republic', "people's republic"],
    ['Guinea\u2013Bissau', 'guinea-bissau'],
    ['Guinea\u2011Bissau', 'guinea-bissau'],
    ['Łódź', 'lodz'],
    ['Re\u0301union', 'reunion'],
    ['ÉIRE', 'eire'],
    ['İstanbul', 'istanbul'],
    ['Xi\u2002\u2002Jinping', 'xi jinping'],
    ['Pu\u00ADtin', 'putin'],
  ])('%j → %j', (text, key) => expect(normalizeKey(text)).toBe(key));
});

describe('normalize keeps offsets into the original text', () => {
  it.each([
    ['Russia’s war', 'Russia', 'Russia'],
    ['in Zürich today', 'Zurich', 'Zürich'],
    ['in Zu\u0308rich today', 'Zurich', 'Zu\u0308rich'],
    ['😀 Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin'],
    ['𝐀 then São Tomé', 'Sao Tome', 'São Tomé'],
    ['Xi\u00A0Jinping said', 'Xi Jinping', 'Xi\u00A0Jinping'],
    ['Guinea\u2014Bissau', 'Guinea-Bissau', 'Guinea\u2014Bissau'],
    ['Æthelred and Ørsted', 'Orsted', 'Ørsted'],
    ['Æthelred and Ørsted', 'AEthelred', 'Æthelred'],
  ])('in %j, %j maps back to %j', (text, needle, original) =>
    expect(originalOf(text, needle)).toBe(original),
  );

  it('folds apostrophes, dashes and spaces one to one', () => {
    const norm = normalize('It’s Moscow\u2013Beijing\u202Ftime');
    expect(norm.text).toBe("It's Moscow-Beijing time");
    expect(norm.starts.length).toBe(norm.text.length);
  });

  it('keeps line breaks, which end names and sentences', () => {
    expect(normalize('Georgia\r\nTbilisi').text).toBe('Georgia\n\nTbilisi');
  });

  it('maps an empty span and the end of the text', () => {
    const norm = normalize('Russia');
    expect(toOriginalSpan(norm, 6, 6)).toEqual([6, 6]);
    expect(toOriginalSpan(norm, 2, 2)).toEqual([2, 2]);
  });
});

describe('normalize maps every unit back, whether folding kept the length or not', () => {
  it.each([
    ['plain text', 'plain text', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['It’s — ok', "It's - ok", [0, 1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [
      'It’s Æthelred',
      "It's AEthelred",
      [0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12],
      [1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13],
    ],
    [
      'Zu\u0308rich — fine',
      'Zurich - fine',
      [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    ],
  ])('%j → %j', (text, folded, starts, ends) => {
    const norm = normalize(text);
    expect(norm.text).toBe(folded);
    expect([...norm.starts]).toEqual(starts);
    expect([...norm.ends]).toEqual(ends);
    expect(toOriginalSpan(norm, 0, 4)).toEqual([0, ends[3]]);
  });
});
