/**
 * One normalisation for the whole product (ARCHITECTURE.md): the store compiler keys aliases with
 * `normalizeKey`, and the matcher reads text through `normalize`, whose offset map takes every
 * match back to the page's own UTF-16 offsets.
 */
import { MARK_CHAR, unitClass } from './char-classes';

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
  /** Every unit comes from the original unit at the same offset (the maps are then built only if read). */
  oneToOne?: boolean;
}

const APOSTROPHES = /['\u2018\u2019\u02BC\u02B9\u2032\u0060\u00B4\uFF07]/u;
const DASHES = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/u;
// Invisible characters that may sit inside a word (soft hyphen, zero-width joiners, BOM).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
let marks: RegExp | null = null;

/** Combining marks, made on first need: building a Unicode-property expression is not free (char-classes.ts). */
function combiningMarks(): RegExp {
  return (marks ??= new RegExp('\\p{M}', 'gu'));
}

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
  return char.normalize('NFD').replace(combiningMarks(), '');
}

/**
 * The ASCII characters `foldChar` changes: tab, vertical tab and form feed to a space, a carriage
 * return to a line break, the backtick to an apostrophe. Written out because working them out when
 * the module loads ran `foldChar`'s Unicode expressions 128 times on every page the content script
 * starts on (about 0.4 ms); a test checks the table against `foldChar`.
 */
export const ASCII_FOLDS: Readonly<Record<number, string>> = {
  0x09: ' ',
  0x0b: ' ',
  0x0c: ' ',
  0x0d: '\n',
  0x60: "'",
};

// Null stands for "the character stays as it is", the common case, which then needs no new string.
// ASCII is answered from a table; other BMP units are remembered as a page meets them.
const asciiFolds = Array.from({ length: 0x80 }, (_, code) => ASCII_FOLDS[code] ?? null);
const unitFolds = new Map<number, string | null>();

function identityAsNull(char: string): string | null {
  const folded = foldChar(char);
  return folded === char ? null : folded;
}

/** `foldChar` of one UTF-16 unit, or null when it folds to itself. */
function foldUnit(code: number): string | null {
  if (code < 0x80) return asciiFolds[code] ?? null;
  let folded = unitFolds.get(code);
  if (folded === undefined) unitFolds.set(code, (folded = identityAsNull(String.fromCharCode(code))));
  return folded;
}

// Any character but the ASCII ones that fold to themselves (all but \t \v \f \r and the backtick),
// built from the table above. Searching with it passes over plain text at the regular expression
// engine's speed, many times a loop's over each character.
const NOT_PLAIN = new RegExp(
  `[${asciiFolds.map((folded, code) => (folded === null ? '' : `\\x${code.toString(16).padStart(2, '0')}`)).join('')}\\u0080-\\uffff]`,
  'g',
);

/** Where the run of plain ASCII starting at `from` ends: the first character that may change. */
function plainRunEnd(text: string, from: number): number {
  NOT_PLAIN.lastIndex = from;
  const found = NOT_PLAIN.exec(text);
  if (found === null) return text.length;
  // A combining mark folds with the character before it, which then changes too.
  return found.index > from && isMark(text.charCodeAt(found.index)) ? found.index - 1 : found.index;
}

/** Whether a UTF-16 unit is a combining mark (none is below U+0300; NaN past the end is none). */
const isMark = (code: number) => code >= 0x300 && (unitClass(code) & MARK_CHAR) !== 0;

/**
 * A text folded one unit for one unit, as most text is (a curly apostrophe becomes a straight one,
 * a dash a hyphen): unit `i` comes from original unit `i`, so the maps are built only if read.
 */
class OneToOneText implements NormalizedText {
  readonly oneToOne = true;
  #starts: Int32Array | undefined;
  #ends: Int32Array | undefined;
  constructor(readonly text: string) {}
  get originalLength(): number {
    return this.text.length;
  }
  get starts(): Int32Array {
    return (this.#starts ??= identityMaps(this.text.length, this.text.length).starts);
  }
  get ends(): Int32Array {
    return (this.#ends ??= identityMaps(this.text.length, this.text.length).ends);
  }
}

interface OffsetMaps {
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
}

/** Maps of `capacity` units whose first `n` units come one for one from the original. */
function identityMaps(n: number, capacity: number): OffsetMaps {
  const maps = { starts: new Int32Array(capacity), ends: new Int32Array(capacity) };
  for (let k = 0; k < n; k++) {
    maps.starts[k] = k;
    maps.ends[k] = k + 1;
  }
  return maps;
}

/** Normalises text for matching and keeps a map from each normalised unit back to the original. */
export function normalize(text: string): NormalizedText {
  const length = text.length;
  // The output is the input's runs of unchanged characters joined with the folds between them.
  const pieces: string[] = [];
  let copiedUpTo = 0;
  // No maps are written while every character so far folded to one unit: they are the identity.
  let maps: OffsetMaps | null = null;
  let n = 0;
  let i = 0;
  while (i < length) {
    if (maps === null) {
      // Plain ASCII folds to itself one for one: a run of it is passed over at once (n is i here).
      i = plainRunEnd(text, i);
      n = i;
      if (i === length) break;
    }
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    let end = i + width;
    // A base letter followed by combining marks (text already in NFD) folds as one unit.
    while (end < length && isMark(text.charCodeAt(end))) end++;
    const folded = width === 1 ? foldUnit(code) : identityAsNull(text.slice(i, i + 2));
    let units = width;
    if (folded !== null || end > i + width) {
      // The character changes (or loses its marks): the copied run stops here.
      const out = folded ?? text.slice(i, i + width);
      if (copiedUpTo < i) pieces.push(text.slice(copiedUpTo, i));
      pieces.push(out);
      copiedUpTo = end;
      units = out.length;
    }
    // Folding rarely changes a text's length; the maps grow if it does.
    if (maps === null && (units !== 1 || end !== i + 1)) maps = identityMaps(n, length + units);
    if (maps !== null) {
      if (n + units > maps.starts.length) maps = { starts: grown(maps.starts), ends: grown(maps.ends) };
      for (let k = n; k < n + units; k++) {
        maps.starts[k] = i;
        maps.ends[k] = end;
      }
    }
    n += units;
    i = end;
  }
  if (pieces.length > 0 && copiedUpTo < length) pieces.push(text.slice(copiedUpTo));
  const folded = pieces.length > 0 ? pieces.join('') : text;
  if (maps === null) return new OneToOneText(folded);
  return {
    text: folded,
    starts: n === maps.starts.length ? maps.starts : maps.starts.slice(0, n),
    ends: n === maps.ends.length ? maps.ends : maps.ends.slice(0, n),
    originalLength: length,
  };
}

function grown(map: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(map.length * 2 + 8);
  bigger.set(map);
  return bigger;
}

/** Maps a normalised span [start, end) back to the original text's span (UTF-16 offsets). */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const n = norm.text.length;
  if (start >= n) return [norm.originalLength, norm.originalLength];
  if (norm.oneToOne === true) return [start, Math.max(start, Math.min(end, n))];
  const from = norm.starts[start] ?? norm.originalLength;
  if (end <= start) return [from, from];
  const to = norm.ends[Math.min(end, n) - 1] ?? norm.originalLength;
  return [from, to];
}

/** The key an alias or a matched name is looked up by: lower case, folded, single-spaced, trimmed. */
export function normalizeKey(text: string): string {
  return normalize(text).text.toLowerCase().replace(combiningMarks(), '').replace(/\s+/g, ' ').trim();
}
