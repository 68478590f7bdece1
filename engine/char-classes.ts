/**
 * Unicode classes of characters, read from a table instead of running a regular expression per
 * character: the tokeniser and the normaliser ask about every character of every page.
 */

/** `\p{L}` or `\p{N}`: a character words are made of. */
export const WORD_CHAR = 1;
/** `\p{Lu}`. */
export const UPPER_CHAR = 2;
/** `\p{Ll}`. */
export const LOWER_CHAR = 4;
/** `\p{N}`. */
export const NUMBER_CHAR = 8;
/** `\p{M}`: a combining mark. */
export const MARK_CHAR = 16;
// Set on every entry once computed, so that 0 means "not looked at yet".
const KNOWN = 128;

interface ClassPatterns {
  word: RegExp;
  upper: RegExp;
  lower: RegExp;
  number: RegExp;
  mark: RegExp;
}

let patterns: ClassPatterns | null = null;

/**
 * The Unicode-property expressions, built when a character beyond ASCII is first classified. Building
 * them cost about 1 ms (V8 works out each property's ranges), which the content script paid on every
 * page although it classifies such characters only for the reader's hidden names and choices.
 */
function classPatterns(): ClassPatterns {
  return (patterns ??= {
    word: new RegExp('^[\\p{L}\\p{N}]$', 'u'),
    upper: new RegExp('^\\p{Lu}$', 'u'),
    lower: new RegExp('^\\p{Ll}$', 'u'),
    number: new RegExp('^\\p{N}$', 'u'),
    mark: new RegExp('^\\p{M}$', 'u'),
  });
}

function classify(char: string): number {
  const { word, upper, lower, number, mark } = classPatterns();
  return (
    KNOWN |
    (word.test(char) ? WORD_CHAR : 0) |
    (upper.test(char) ? UPPER_CHAR : 0) |
    (lower.test(char) ? LOWER_CHAR : 0) |
    (number.test(char) ? NUMBER_CHAR : 0) |
    (mark.test(char) ? MARK_CHAR : 0)
  );
}

// Filled on demand: classifying all 65,536 units up front would cost the background's cold start
// about 10 ms, and a page meets a few hundred distinct characters.
const units = new Uint8Array(0x10000);
const astral = new Map<number, number>();
// ASCII up front, so the commonest characters never take the slow path. Its classes are plain
// ranges, so they are written out rather than asked of the five Unicode-property expressions: compiling
// and running those 640 times cost every page about 0.8 ms before Gloss could start (the content
// script imports this module too).
for (let code = 0; code < 0x80; code++) units[code] = asciiClass(code);

function asciiClass(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return KNOWN | WORD_CHAR | UPPER_CHAR;
  if (code >= 0x61 && code <= 0x7a) return KNOWN | WORD_CHAR | LOWER_CHAR;
  if (code >= 0x30 && code <= 0x39) return KNOWN | WORD_CHAR | NUMBER_CHAR;
  return KNOWN;
}

/**
 * The classes of one UTF-16 unit taken alone; a lone surrogate has none, as regular expressions
 * with the `u` flag read it.
 */
export function unitClass(code: number): number {
  const known = units[code] ?? 0;
  if (known !== 0) return known;
  const computed = classify(String.fromCharCode(code));
  units[code] = computed;
  return computed;
}

/** The classes of one code point (BMP or beyond). */
export function codePointClass(codePoint: number): number {
  if (codePoint < 0x10000) return unitClass(codePoint);
  let known = astral.get(codePoint);
  if (known === undefined) astral.set(codePoint, (known = classify(String.fromCodePoint(codePoint))));
  return known;
}

/** Width in UTF-16 units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The classes of the code point at `i` (0 past the end). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return unitClass(code);
  return widthAt(text, i) === 2 ? codePointClass(text.codePointAt(i) ?? code) : unitClass(code);
}

/** Whether a UTF-16 unit matches `\s` (JavaScript's white space and line terminators). */
export function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
