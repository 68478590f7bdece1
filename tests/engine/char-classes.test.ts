import { describe, expect, it } from 'vitest';
import {
  LOWER_CHAR,
  MARK_CHAR,
  NUMBER_CHAR,
  UPPER_CHAR,
  WORD_CHAR,
  classAt,
  isJsSpace,
  widthAt,
} from '../../engine/char-classes';

describe('character classes, as the u-flag regular expressions read them', () => {
  it.each([
    ['a', WORD_CHAR | LOWER_CHAR],
    ['Ж', WORD_CHAR | UPPER_CHAR],
    ['7', WORD_CHAR | NUMBER_CHAR],
    ['Ⅻ', WORD_CHAR | NUMBER_CHAR],
    ['\u0301', MARK_CHAR],
    ['-', 0],
    ['𝐀', WORD_CHAR | UPPER_CHAR],
    ['𝑎', WORD_CHAR | LOWER_CHAR],
    ['\ud835', 0],
  ])('%j', (text, classes) => {
    const known = WORD_CHAR | UPPER_CHAR | LOWER_CHAR | NUMBER_CHAR | MARK_CHAR;
    expect(classAt(text, 0) & known).toBe(classes);
  });

  it('classes every ASCII character as the Unicode-property expressions do', () => {
    const known = WORD_CHAR | UPPER_CHAR | LOWER_CHAR | NUMBER_CHAR | MARK_CHAR;
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      const expected =
        (/^[\p{L}\p{N}]$/u.test(char) ? WORD_CHAR : 0) |
        (/^\p{Lu}$/u.test(char) ? UPPER_CHAR : 0) |
        (/^\p{Ll}$/u.test(char) ? LOWER_CHAR : 0) |
        (/^\p{N}$/u.test(char) ? NUMBER_CHAR : 0) |
        (/^\p{M}$/u.test(char) ? MARK_CHAR : 0);
      expect(classAt(char, 0) & known, code.toString(16)).toBe(expected);
    }
  });

  it('reads a surrogate pair as one character and a lone surrogate as one unit', () => {
    expect(widthAt('𝐀b', 0)).toBe(2);
    expect(widthAt('\ud835b', 0)).toBe(1);
    expect(classAt('ab', 2)).toBe(0);
  });

  it('knows white space as \\s does', () => {
    for (let code = 0; code < 0x10000; code++)
      expect(isJsSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
