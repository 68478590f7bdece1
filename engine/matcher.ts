/**
 * Alias matching over one block of normalised text: leftmost-longest over whole words, with the
 * case rules that keep "us" from being "US" and "turkey" from being "Turkey".
 */
import type { AliasEntries, AliasEntry } from './alias-entries';
import { aliasEntries } from './alias-entries';
import type { KnowledgeStore, Posting } from './store';
import type { Shape, Token } from './tokenize';

/** One span of text that some store alias matches, before linking. */
export interface Match {
  /** Token range [first, last] in the block. */
  first: number;
  last: number;
  /** Offsets into the normalised block text. */
  start: number;
  end: number;
  /** The alias key that matched. */
  key: string;
  /** Postings whose case rules the text satisfies. */
  postings: Posting[];
  /** First word starts a sentence or the block. */
  sentenceStart: boolean;
  /** A capitalised alias met in ALL CAPS text: single words then need support. */
  shouted: boolean;
  /** An acronym alias met in title case ("Tass" for TASS): read like a common word. */
  loose: boolean;
}

// Lower-case words a name may start with ("the Kremlin", "al-Qaeda", "de Gaulle").
const NAME_PARTICLES = new Set([
  'the',
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'des',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
]);

// caseFits answers as bits: the fit itself, and the two flags a fit may carry.
const FITS = 1;
const SHOUTED = 2;
const LOOSE = 4;

/** Whether the text's words satisfy the case rules of an alias (`FITS`), with `SHOUTED` when caps stood for capitals. */
function caseFits(shapes: readonly Shape[], tokens: readonly Token[], first: number): number {
  let flags = 0;
  let named = false;
  const n = shapes.length;
  // A name starts and ends with a capitalised word: "war in Ukraine" is a phrase around one. An
  // alias its author wrote ending in a lower-case word ("Bucha massacre", "Canadian dollar", "U.S.
  // military") is the exception: that phrase is the name.
  const head = tokens[first];
  const tail = tokens[first + n - 1];
  if (!head || !tail || (tail.shape === 'lower' && (n < 2 || shapes[n - 1] !== 'lower'))) return 0;
  if (head.shape === 'lower' && !NAME_PARTICLES.has(head.key)) return 0;
  for (let k = 0; k < n; k++) {
    const alias = shapes[k];
    const text = tokens[first + k];
    if (!text) return 0;
    if (text.shape === 'cap' || text.shape === 'upper') named = true;
    // Long acronyms are also written in title case ("Nato", "Tass"); short ones never ("us" is not US).
    if (alias === 'upper' && text.shape === 'cap' && n === 1 && text.key.length >= 4) flags |= LOOSE;
    else if (alias === 'upper' && text.shape !== 'upper') return 0;
    if (alias === 'cap') {
      if (text.shape === 'upper' && text.key.length > 1) flags |= SHOUTED;
      else if (text.shape !== 'cap' && text.shape !== 'upper') return 0;
    }
  }
  // Names are written with a capital somewhere: an all-lower or all-digit span is a common word or a number.
  return named ? flags | FITS : 0;
}

/**
 * The postings whose case rules the text satisfies. Readings that fit as written beat readings that
 * fit only because caps stood for capitals: in "DAX" the index is meant, not the town of Dax.
 */
function fitting(postings: readonly Posting[] | undefined, tokens: readonly Token[], first: number) {
  if (!postings) return null;
  const fits: Posting[] = [];
  // Made only for text in caps, which few words are.
  let shoutedFits: Posting[] | null = null;
  let loose = false;
  // Postings share their shapes arrays (one per capitalisation pattern), and the test depends on
  // nothing else: a long list ("John": hundreds of people) needs it only a few times.
  let lastShapes: readonly Shape[] | null = null;
  let check = 0;
  for (const posting of postings) {
    if (posting.shapes !== lastShapes) {
      lastShapes = posting.shapes;
      check = caseFits(lastShapes, tokens, first);
    }
    if ((check & FITS) === 0) continue;
    if ((check & SHOUTED) !== 0) (shoutedFits ??= []).push(posting);
    else {
      fits.push(posting);
      loose ||= (check & LOOSE) !== 0;
    }
  }
  if (fits.length > 0) return { fits, shouted: false, loose };
  return shoutedFits ? { fits: shoutedFits, shouted: true, loose: false } : null;
}

/** Whether a name may start at this word: the first test of `caseFits`, which every posting would fail. */
function canStartName(head: Token | undefined): boolean {
  if (head === undefined) return false;
  // Every particle has at most three letters: most lower-case words are ruled out by their length,
  // read from the word's offsets (the key's own length is a slow read: keys come in several string
  // representations; lower-casing never shortens a word).
  return head.shape !== 'lower' || (head.end - head.start <= 3 && NAME_PARTICLES.has(head.key));
}

/**
 * ".DJI", ".N225": a word glued to a dot that follows a space or starts the text is an instrument
 * code (Reuters writes "the Dow Jones Industrial Average .DJI fell"), not the company or place
 * spelt alike (DJI, the drone maker).
 */
function isInstrumentCode(text: string, token: Token): boolean {
  const before = token.start - 1;
  if (before < 0 || text.charCodeAt(before) !== 0x2e) return false;
  return before === 0 || /\s/.test(text.charAt(before - 1));
}

/** Finds alias matches in one block's tokens, leftmost-longest, never overlapping. */
export function matchTokens(store: KnowledgeStore, tokens: readonly Token[], text: string): Match[] {
  const matches: Match[] = [];
  const entries = aliasEntries(store);
  let i = 0;
  while (i < tokens.length) {
    // Most words are lower case and start no name (see caseFits): no lookup needed there.
    const token = tokens[i];
    const found =
      canStartName(token) && !(token && token.gap !== ' ' && isInstrumentCode(text, token))
        ? longestAt(entries, store.maxWords, tokens, i)
        : null;
    // "the City of London": a name that starts with its article ("the City") yields to a longer
    // name that starts right after the article.
    if (found && tokens[i]?.shape === 'lower' && longerAfter(entries, store.maxWords, tokens, found)) {
      i++;
      continue;
    }
    // "C.S.C.": an abbreviation written with dots that starts inside a longer one is not that name.
    if (found && found.key.includes('.') && tokens[i]?.gap === '.') {
      i++;
      continue;
    }
    if (found) {
      // An abbreviation written with dots ("U.S.") keeps its last dot, which the words leave out.
      if (found.key.includes('.') && text.charAt(found.end) === '.') found.end++;
      matches.push(found);
      i = found.last + 1;
    } else i++;
  }
  return matches;
}

function longerAfter(
  entries: AliasEntries,
  maxWords: number,
  tokens: readonly Token[],
  found: Match,
): boolean {
  const next = longestAt(entries, maxWords, tokens, found.first + 1);
  return next !== null && next.last > found.last;
}

function longestAt(
  entries: AliasEntries,
  maxWords: number,
  tokens: readonly Token[],
  first: number,
): Match | null {
  let best: Match | null = null;
  // The entry of the words so far, before this one.
  let prefix: AliasEntry | null = null;
  const limit = Math.min(tokens.length, first + maxWords);
  for (let j = first; j < limit; j++) {
    const token = tokens[j];
    if (!token || (j > first && token.breakBefore)) break;
    let gap = token.gap;
    let whole: AliasEntry =
      prefix === null ? entries.first(token.fullKey) : entries.next(prefix, gap, token.fullKey);
    // "West-Germany": a hyphen some write between the words of a name written with a space.
    if (gap === '-' && prefix !== null && whole.postings === undefined && !whole.extendable) {
      gap = ' ';
      whole = entries.next(prefix, gap, token.fullKey);
    }
    // A possessive is tried whole first ("McDonald's" is a name), then without its 's.
    let key = whole.key;
    let fit = fitting(whole.postings, tokens, first);
    const possessive = token.fullKey !== token.key;
    if (!fit && possessive) {
      const stem = prefix === null ? entries.first(token.key) : entries.next(prefix, gap, token.key);
      key = stem.key;
      fit = fitting(stem.postings, tokens, first);
    }
    if (fit) {
      best = {
        first,
        last: j,
        start: tokens[first]?.start ?? 0,
        // The whole word, 's included, when the name was found with it.
        end: possessive && key === whole.key ? token.fullEnd : token.end,
        key,
        postings: fit.fits,
        sentenceStart: tokens[first]?.sentenceStart ?? false,
        shouted: fit.shouted,
        loose: fit.loose,
      };
    }
    if (!whole.extendable) break;
    prefix = whole;
  }
  return best;
}
