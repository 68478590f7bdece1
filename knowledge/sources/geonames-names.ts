import { nameKey } from '../keys';

// Words that may stay lower case inside an English or Romance place name ("Stratford-upon-Avon",
// "Aix-en-Provence"). A lower-case word outside this list marks a phrase in another language
// ("Kiev osh", "Lungsod ng Mumbai", "Córdoba i Argentina").
const CONNECTORS = new Set(
  'of on upon the and de del della da do dos das la le les el al am im an der sur en di du van von y'.split(
    ' ',
  ),
);

// Plain Latin letters only: names with diacritics fold to a key the plain spelling already has.
const LATIN = /^[A-Za-z][A-Za-z .'’-]*$/;

/** Edit distance, small strings only (place names). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A name written the way English text writes a place: Latin letters, capitalised words. */
export function isEnglishShaped(text: string): boolean {
  if (!LATIN.test(text) || text.length < 4) return false;
  // All capitals: airport and other codes (IEV, MOW, NYC).
  if (/^[A-Z.]+$/.test(text)) return false;
  return text
    .split(/[ -]+/)
    .every((word, i) => /^[A-Z]/.test(word) || (i > 0 && CONNECTORS.has(word.toLowerCase())));
}

/**
 * Alternate names worth matching: other spellings of the place's own name (Kiev, Kyiv; Odessa,
 * Odesa; Samarqand), at most two edits from it and with the same first letter. GeoNames lists
 * names in every language without saying which; far names are mostly foreign (Moskau, Londres)
 * or historical (Stalino), and the English exonyms among them (Peking, Bombay) come from WordNet.
 * Lower-case romanisations (bei jing, mosukuwa) and codes are left out.
 */
export function spellingVariants(name: string, alternates: readonly string[]): string[] {
  const own = nameKey(name);
  const seen = new Set([own]);
  const kept: string[] = [];
  for (const alt of alternates) {
    if (!isEnglishShaped(alt)) continue;
    const key = asciiKey(alt);
    if (seen.has(key) || key[0] !== own[0] || editDistance(key, own) > 2) continue;
    seen.add(key);
    kept.push(alt);
  }
  return kept.sort();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * nameKey for the many alternate names, without its cache: printable ASCII needs no folding
 * beyond what engine/normalize does to it (backtick to apostrophe, spaces collapsed, lower case).
 */
export function asciiKey(text: string): string {
  if (!PRINTABLE_ASCII.test(text)) return nameKey(text);
  return text.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Keys of a place's name and of its English-shaped alternate names, for matching other sources'
 * names against it (WordNet's "Kiev", world-countries' "Washington D.C."). Lower-case
 * romanisations and names with diacritics add nothing those sources would write.
 */
export function matchKeys(name: string, alternates: readonly string[]): string[] {
  const keys = new Set([nameKey(name)]);
  for (const alt of alternates) if (isEnglishShaped(alt)) keys.add(asciiKey(alt));
  return [...keys];
}
