/**
 * Words of a normalised text, with what the matcher's case rules and the linker need: the word's
 * capitalisation, whether it starts a sentence, and the punctuation separating it from the last word.
 */

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
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /^\p{N}/u;
const SENTENCE_END = /[.!?:;|•·…]/;
// Words that end in a full stop without ending the sentence ("Mr. Putin", "St. Petersburg").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col sgt capt prof rev jr sr inc corp co ltd vs no mt ft maj adm cmdr gov u.s pres'.split(
    ' ',
  ),
);

/** The capitalisation of one word. */
export function shapeOf(word: string): Shape {
  const code = word.charCodeAt(0);
  // ASCII first: the store's index shapes every alias word, so this runs a few hundred thousand times.
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 48 && code <= 57) return 'digit';
  if (code >= 65 && code <= 90) {
    if (word.length === 1) return 'upper';
    return /[a-z]/.test(word) || LOWER.test(word) ? 'cap' : 'upper';
  }
  const first = word.charAt(0);
  if (DIGIT.test(first)) return 'digit';
  if (!UPPER.test(first)) return 'lower';
  if (word.length > 1 && !LOWER.test(word)) return 'upper';
  return word.length === 1 ? 'upper' : 'cap';
}

/** Folds a gap between words to its punctuation, plus one space when it held any space. */
export function gapSignature(gap: string): string {
  let sig = '';
  let space = false;
  for (const char of gap) {
    if (char === ' ' || char === '\n' || char === '\t') space = true;
    else sig += char;
  }
  return space ? `${sig} ` : sig;
}

function endsSentence(gap: string, previous: string | undefined): boolean {
  if (gap.includes('\n')) return true;
  if (!SENTENCE_END.test(gap)) return false;
  if (gap.trim() !== '.' || previous === undefined) return true;
  // An initial ("George W. Bush") or a known abbreviation before the dot does not end the sentence.
  if (previous.length === 1 && UPPER.test(previous)) return false;
  return !ABBREVIATIONS.has(previous.toLowerCase());
}

/** Splits normalised text into words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let previous: string | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const gap = text.slice(last, start);
    const possessive = /'s$/i.test(word) && word.length > 2;
    const stem = possessive ? word.slice(0, -2) : word;
    tokens.push({
      start,
      end: start + stem.length,
      fullEnd: start + word.length,
      key: stem.toLowerCase(),
      fullKey: word.toLowerCase(),
      shape: shapeOf(stem),
      sentenceStart: tokens.length === 0 || endsSentence(gap, previous),
      gap: gapSignature(gap),
      breakBefore: tokens.length > 0 && (gap.includes('\n') || gap.replace(/\s/g, '').length > 3),
    });
    last = start + word.length;
    previous = word;
  }
  return tokens;
}
