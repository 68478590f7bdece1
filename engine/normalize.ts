/**
 * One normalisation for the whole product (ARCHITECTURE.md): the store compiler keys aliases with
 * `normalizeKey`, and the matcher reads text through `normalize`, whose offset map takes every
 * match back to the page's own UTF-16 offsets.
 */

/** Normalised text and, per normalised UTF-16 unit, the original span it came from. */
export interface NormalizedText {
  /** Case kept (the matcher's case rules need it); diacritics, apostrophes, dashes and spaces folded. */
  text: string;
  /** `starts[i]`: original offset where the character behind normalised unit `i` starts. */
  starts: Int32Array;
  /** `ends[i]`: original offset where that character ends (after its combining marks). */
  ends: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

const APOSTROPHES = /['\u2018\u2019\u02BC\u02B9\u2032\u0060\u00B4\uFF07]/u;
const DASHES = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/u;
// Invisible characters that may sit inside a word (soft hyphen, zero-width joiners, BOM).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const MARKS = /\p{M}/gu;

// Letters NFD does not decompose but that readers treat as a base letter with a diacritic.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  þ: 'th',
  Þ: 'Th',
};

/** Folds one code point (a string of 1 or 2 UTF-16 units) to its normalised form ('' drops it). */
export function foldChar(char: string): string {
  if (char.length === 1) {
    // Line breaks survive: the matcher treats them as block and headline boundaries.
    if (char === '\n' || char === '\r') return '\n';
    if (char < '\u0080') return char === '`' ? "'" : SPACES.test(char) ? ' ' : char;
    if (APOSTROPHES.test(char)) return "'";
    if (DASHES.test(char)) return '-';
    if (SPACES.test(char)) return ' ';
    if (INVISIBLE.test(char)) return '';
    const extra = EXTRA_FOLDS[char];
    if (extra !== undefined) return extra;
  }
  // Non-BMP code points (emoji, rare scripts) pass through whole, so offsets stay in UTF-16 units.
  return char.normalize('NFD').replace(MARKS, '');
}

/** Normalises text for matching and keeps a map from each normalised unit back to the original. */
export function normalize(text: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    let end = i + width;
    // A base letter followed by combining marks (text already in NFD) folds as one unit.
    while (end < text.length && MARKS_AT.test(text[end] ?? '')) end++;
    const folded = foldChar(text.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k] ?? '');
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  return {
    text: out.join(''),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    originalLength: text.length,
  };
}

const MARKS_AT = /^\p{M}$/u;

/** Maps a normalised span [start, end) back to the original text's span (UTF-16 offsets). */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const n = norm.text.length;
  if (start >= n) return [norm.originalLength, norm.originalLength];
  const from = norm.starts[start] ?? norm.originalLength;
  if (end <= start) return [from, from];
  const to = norm.ends[Math.min(end, n) - 1] ?? norm.originalLength;
  return [from, to];
}

/** The key an alias or a matched name is looked up by: lower case, folded, single-spaced, trimmed. */
export function normalizeKey(text: string): string {
  return normalize(text).text.toLowerCase().replace(MARKS, '').replace(/\s+/g, ' ').trim();
}
