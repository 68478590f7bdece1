/**
 * Alias matching over one block of normalised text: leftmost-longest over whole words, with the
 * case rules that keep "us" from being "US" and "turkey" from being "Turkey".
 */
import type { KnowledgeStore, Posting } from './store';
import type { Token } from './tokenize';

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

/** Whether the text's words satisfy the case rules of an alias; `shouted` when caps stood for capitals. */
function caseFits(
  posting: Posting,
  tokens: readonly Token[],
  first: number,
): { ok: boolean; shouted: boolean; loose: boolean } {
  let shouted = false;
  let named = false;
  let loose = false;
  const n = posting.shapes.length;
  // A name starts and ends with a capitalised word: "war in Ukraine" and "Ukraine war" are phrases around one.
  const head = tokens[first];
  const tail = tokens[first + n - 1];
  if (!head || !tail || tail.shape === 'lower') return { ok: false, shouted, loose };
  if (head.shape === 'lower' && !NAME_PARTICLES.has(head.key)) return { ok: false, shouted, loose };
  for (let k = 0; k < posting.shapes.length; k++) {
    const alias = posting.shapes[k];
    const text = tokens[first + k];
    if (!text) return { ok: false, shouted, loose };
    if (text.shape === 'cap' || text.shape === 'upper') named = true;
    // Long acronyms are also written in title case ("Nato", "Tass"); short ones never ("us" is not US).
    if (alias === 'upper' && text.shape === 'cap' && n === 1 && text.key.length >= 4) loose = true;
    else if (alias === 'upper' && text.shape !== 'upper') return { ok: false, shouted, loose };
    if (alias === 'cap') {
      if (text.shape === 'upper' && text.key.length > 1) shouted = true;
      else if (text.shape !== 'cap' && text.shape !== 'upper') return { ok: false, shouted, loose };
    }
  }
  // Names are written with a capital somewhere: an all-lower or all-digit span is a common word or a number.
  return { ok: named, shouted, loose };
}

function fitting(postings: readonly Posting[] | undefined, tokens: readonly Token[], first: number) {
  if (!postings) return null;
  const fits: Posting[] = [];
  let shouted = false;
  let loose = false;
  for (const posting of postings) {
    const check = caseFits(posting, tokens, first);
    if (check.ok) {
      fits.push(posting);
      shouted ||= check.shouted;
      loose ||= check.loose;
    }
  }
  return fits.length > 0 ? { fits, shouted, loose } : null;
}

/** Finds alias matches in one block's tokens, leftmost-longest, never overlapping. */
export function matchTokens(store: KnowledgeStore, tokens: readonly Token[], text: string): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(store, tokens, i);
    if (found) {
      // An abbreviation written with dots ("U.S.") keeps its last dot, which the words leave out.
      if (found.key.includes('.') && text.charAt(found.end) === '.') found.end++;
      matches.push(found);
      i = found.last + 1;
    } else i++;
  }
  return matches;
}

function longestAt(store: KnowledgeStore, tokens: readonly Token[], first: number): Match | null {
  let best: Match | null = null;
  let prefix = '';
  const limit = Math.min(tokens.length, first + store.maxWords);
  for (let j = first; j < limit; j++) {
    const token = tokens[j];
    if (!token || (j > first && token.breakBefore)) break;
    const head = j === first ? '' : prefix + token.gap;
    // A possessive is tried whole first ("McDonald's" is a name), then without its 's.
    const keys = token.fullKey === token.key ? [head + token.key] : [head + token.fullKey, head + token.key];
    for (const key of keys) {
      const fit = fitting(store.lookup(key), tokens, first);
      if (!fit) continue;
      const whole = key.endsWith(token.fullKey) && token.fullKey !== token.key;
      best = {
        first,
        last: j,
        start: tokens[first]?.start ?? 0,
        end: whole ? token.fullEnd : token.end,
        key,
        postings: fit.fits,
        sentenceStart: tokens[first]?.sentenceStart ?? false,
        shouted: fit.shouted,
        loose: fit.loose,
      };
      break;
    }
    prefix = head + token.fullKey;
    if (!store.hasPrefix(prefix)) break;
  }
  return best;
}
