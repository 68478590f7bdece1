/**
 * Words of a normalised text, with what the matcher's case rules and the linker need: the word's
 * capitalisation, whether it starts a sentence, and the punctuation separating it from the last word.
 */
import * as chars from './char-classes';

// Read once into local constants: run through tsx (the CLI, eval and bench), every use of an
// imported name goes through two getters, which in these per-character loops cost more than the
// table lookups themselves. Bundlers (the extension's build) make them direct references anyway.
const { LOWER_CHAR, NUMBER_CHAR, UPPER_CHAR, WORD_CHAR, classAt, isJsSpace, unitClass, widthAt } = chars;

/** How a word is capitalised: `upper` NATO, `cap` Russia, `lower` of, `digit` 2022. */
export type Shape = 'upper' | 'cap' | 'lower' | 'digit';

export interface Token {
  /** Offsets into the normalised text; `end` stops before a possessive 's. */
  start: number;
  end: number;
  /** End including a possessive 's ("Russia's"). */
  fullEnd: number;
  /** Lower-case word without the possessive; `fullKey` with it ("mcdonald's"). */
  key: string;
  fullKey: string;
  shape: Shape;
  /** First word of the block or of a sentence (after . ! ? : | or a line break). */
  sentenceStart: boolean;
  /** Punctuation between the previous word and this one, spaces folded to one (e.g. ". ", "-", " "). */
  gap: string;
  /** A line break or long punctuation run separates this word from the previous one: no name spans it. */
  breakBefore: boolean;
}

/** A word: letters and digits, with apostrophes inside (O'Brien); hyphens and dots separate words. */
export const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// Words that end in a full stop without ending the sentence ("Mr. Putin", "St. Petersburg").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col sgt capt prof rev jr sr inc corp co ltd vs no mt ft maj adm cmdr gov u.s pres'.split(
    ' ',
  ),
);
const APOSTROPHE = 0x27;
const FULL_STOP = 0x2e;
const LINE_FEED = 0x0a;

/** Whether a character ends a sentence: . ! ? : ; | • · … */
function isSentenceEnd(code: number): boolean {
  if (code < 0x80)
    return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b || code === 0x7c;
  return code === 0x2022 || code === 0x00b7 || code === 0x2026;
}

/** Whether text[start, end) holds a lower-case letter (`\p{Ll}`) anywhere. */
function hasLowerIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += widthAt(text, i)) if ((classAt(text, i) & LOWER_CHAR) !== 0) return true;
  return false;
}

/** `shapeOf(text.slice(start, end))`, without cutting the word out. */
function shapeAt(text: string, start: number, end: number): Shape {
  // The first UTF-16 unit alone decides, so a word starting beyond the BMP reads as lower case.
  const first = unitClass(text.charCodeAt(start));
  if ((first & NUMBER_CHAR) !== 0) return 'digit';
  if ((first & UPPER_CHAR) === 0) return 'lower';
  return end - start > 1 && hasLowerIn(text, start, end) ? 'cap' : 'upper';
}

/** The capitalisation of one word. */
export function shapeOf(word: string): Shape {
  return word === '' ? 'lower' : shapeAt(word, 0, word.length);
}

const isGapSpace = (code: number) => code === 0x20 || code === LINE_FEED || code === 0x09;

/** Folds a gap between words to its punctuation, plus one space when it held any space. */
export function gapSignature(gap: string): string {
  let sig = '';
  let space = false;
  for (const char of gap) {
    if (isGapSpace(char.charCodeAt(0))) space = true;
    else sig += char;
  }
  return space ? `${sig} ` : sig;
}

// What the tokeniser reads of the characters between two words, as bits.
const NEWLINE = 1;
/** One of the characters that end a sentence. */
const SENTENCE_MARK = 2;
/** The gap trims to a lone full stop. */
const ONLY_FULL_STOP = 4;
/** More than three characters other than white space: a run of punctuation that no name spans. */
const LONG_PUNCTUATION = 8;

/** The characters between two words, read: their flags (above) and their signature. */
interface GapReading {
  flags: number;
  signature: string;
}

function readGap(text: string, from: number, to: number): GapReading {
  let flags = 0;
  let visible = 0;
  let fullStops = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LINE_FEED) flags |= NEWLINE;
    if (isJsSpace(code)) continue;
    visible++;
    if (code === FULL_STOP) fullStops++;
    if (isSentenceEnd(code)) flags |= SENTENCE_MARK;
  }
  if (visible === 1 && fullStops === 1) flags |= ONLY_FULL_STOP;
  if (visible > 3) flags |= LONG_PUNCTUATION;
  return { flags, signature: gapSignature(text.slice(from, to)) };
}

// Nearly every gap is one or two ASCII characters (" ", ", ", ". ", "\n\n"): each is read once and
// its reading kept in a slot of its own, found from its characters alone.
const NO_SECOND = 0x80;
const shortGaps = new Array<GapReading | undefined>(0x80 * (NO_SECOND + 1));

/** The reading of the gap text[from, to). */
function gapAt(text: string, from: number, to: number): GapReading {
  if (to - from === 1 || to - from === 2) {
    const first = text.charCodeAt(from);
    const second = to - from === 2 ? text.charCodeAt(from + 1) : NO_SECOND;
    if (first < 0x80 && second <= NO_SECOND)
      return (shortGaps[first * (NO_SECOND + 1) + second] ??= readGap(text, from, to));
  }
  return readGap(text, from, to);
}

function endsSentence(gap: number, previous: Token): boolean {
  if ((gap & NEWLINE) !== 0) return true;
  if ((gap & SENTENCE_MARK) === 0) return false;
  if ((gap & ONLY_FULL_STOP) === 0) return true;
  // An initial ("George W. Bush") or a known abbreviation before the dot does not end the sentence.
  if (previous.fullEnd - previous.start === 1 && previous.shape === 'upper') return false;
  return !ABBREVIATIONS.has(previous.fullKey);
}

/** Whether an ASCII character is a letter or digit. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Whether the code point at `i` is a letter or digit; BMP characters come straight from the table. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return ((code < 0xd800 || code > 0xdbff ? unitClass(code) : classAt(text, i)) & WORD_CHAR) !== 0;
}

// What the scan of the last word found, for wordToken to read right after it: its lower-case key
// and shape follow from these without a second and third pass over its characters.
/** ASCII capitals (A–Z) in the word, and the offset of the first. */
let capitals = 0;
let firstCapital = -1;
/** ASCII lower-case letters (a–z) in the word. */
let lowers = 0;
/** Whether the word has a character beyond ASCII: then the slower, general paths decide. */
let beyondAscii = false;

/** Offset one past the end of the word starting at `start`, as `WORD` would match it; counts its capitals on the way. */
function wordEnd(text: string, start: number, length: number): number {
  capitals = 0;
  firstCapital = -1;
  lowers = 0;
  beyondAscii = false;
  let i = start;
  for (;;) {
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        if (!isWordAt(text, i)) break;
        beyondAscii = true;
        i += widthAt(text, i);
        continue;
      }
      if (code >= 0x61 && code <= 0x7a) lowers++;
      else if (code >= 0x41 && code <= 0x5a) {
        if (capitals++ === 0) firstCapital = i;
      } else if (code < 0x30 || code > 0x39) break;
      i++;
    }
    // An apostrophe stays in the word only when a letter or digit follows it (O'Brien).
    if (text.charCodeAt(i) !== APOSTROPHE || i + 1 >= length || !isWordAt(text, i + 1)) return i;
    i++;
  }
}

// "A" → "a": ASCII characters lower-cased one by one.
const ASCII_LOWER = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code).toLowerCase());

/** `text.slice(start, end)` with its one capital, at `capital`, lower-cased. */
function withCapitalLowered(text: string, start: number, end: number, capital: number): string {
  const lower = ASCII_LOWER[text.charCodeAt(capital)] ?? '';
  return capital === start
    ? lower + text.slice(start + 1, end)
    : text.slice(start, capital) + lower + text.slice(capital + 1, end);
}

/**
 * `text.slice(start, end).toLowerCase()`, for less: most words are ASCII with at most one capital,
 * and toLowerCase costs about as much as the rest of a token together.
 */
function lowerCaseAt(text: string, start: number, end: number): string {
  let capital = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a && capital >= 0))
      return text.slice(start, end).toLowerCase();
    if (code >= 0x41 && code <= 0x5a) capital = i;
  }
  return capital < 0 ? text.slice(start, end) : withCapitalLowered(text, start, end, capital);
}

/** `lowerCaseAt` of the word just scanned, from what the scan counted. */
function scannedLowerCase(text: string, start: number, end: number): string {
  if (beyondAscii || capitals > 1) return text.slice(start, end).toLowerCase();
  return capitals === 0 ? text.slice(start, end) : withCapitalLowered(text, start, end, firstCapital);
}

/** `shapeAt` of the word just scanned, whose stem (without a possessive 's) ends at `stemEnd`. */
function scannedShape(text: string, start: number, end: number, stemEnd: number): Shape {
  if (beyondAscii) return shapeAt(text, start, stemEnd);
  const first = text.charCodeAt(start);
  if (first <= 0x39) return 'digit';
  if (first >= 0x61) return 'lower';
  // A possessive's lower-case s is no letter of the stem.
  const stemLowers = stemEnd < end && text.charCodeAt(end - 1) === 0x73 ? lowers - 1 : lowers;
  return stemEnd - start > 1 && stemLowers > 0 ? 'cap' : 'upper';
}

function wordToken(
  text: string,
  start: number,
  end: number,
  last: number,
  previous: Token | undefined,
): Token {
  const possessive =
    end - start > 2 && text.charCodeAt(end - 2) === APOSTROPHE && (text.charCodeAt(end - 1) | 0x20) === 0x73;
  const stemEnd = possessive ? end - 2 : end;
  const fullKey = scannedLowerCase(text, start, end);
  const gap = gapAt(text, last, start);
  return {
    start,
    end: stemEnd,
    fullEnd: end,
    // Lower-cased apart, not cut from fullKey: a Greek final sigma lower-cases by what follows it.
    key: possessive ? lowerCaseAt(text, start, stemEnd) : fullKey,
    fullKey,
    shape: scannedShape(text, start, end, stemEnd),
    sentenceStart: previous === undefined || endsSentence(gap.flags, previous),
    gap: gap.signature,
    breakBefore: previous !== undefined && (gap.flags & (NEWLINE | LONG_PUNCTUATION)) !== 0,
  };
}

/**
 * `tokens[index]`, or undefined before the first word. A read at a negative index is no array
 * read in V8 but a property lookup ("-1"), and once one happens the read site stays on the slow,
 * generic path for every later read: the cue readers look one or two words back from every name.
 */
export function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return index >= 0 ? tokens[index] : undefined;
}

/**
 * Splits normalised text into words. Scans character codes against a class table rather than
 * running `WORD` over the text: this runs on every block of every page.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Read once: texts come in several of V8's string representations, and a `length` read that has
  // seen them all is a generic lookup, which this loop would pay for every character.
  const length = text.length;
  let last = 0;
  let i = 0;
  while (i < length) {
    // Between words: spaces and punctuation, nearly all ASCII, which needs no table.
    const code = text.charCodeAt(i);
    if (code < 0x80 ? !isAsciiWordChar(code) : !isWordAt(text, i)) {
      i += code < 0x80 ? 1 : widthAt(text, i);
      continue;
    }
    const end = wordEnd(text, i, length);
    tokens.push(wordToken(text, i, end, last, tokenAt(tokens, tokens.length - 1)));
    last = i = end;
  }
  return tokens;
}
