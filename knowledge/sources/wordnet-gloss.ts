import type { Fact } from '../../engine/types';

const MAX_DESCRIPTION = 140;

// One end of a life span: "1809", "1451?", "circa 551", "427 BC", "AD 29".
const YEAR = String.raw`(?:(?:circa|about|c\.)\s+)?(?:(?:AD|A\.D\.)\s+)?(\d{1,4})(\?)?(?:\s*(BC|B\.C\.|BCE|AD|A\.D\.|CE))?`;
const RANGE = new RegExp(`^${YEAR}\\s*-\\s*${YEAR}$`);
const BORN = new RegExp(`^born(?:\\s+in)?\\s+${YEAR}$`);
const DIED = new RegExp(`^died(?:\\s+in)?\\s+${YEAR}$`);
const LIFE_PARENS = /\(([^()]*\d[^()]*)\)\s*$/;

interface Year {
  year: number;
  uncertain: boolean;
  bc: boolean;
}

function year(match: RegExpMatchArray, at: number): Year {
  return {
    year: parseInt(match[at] ?? '0', 10),
    uncertain: match[at + 1] === '?',
    bc: /^B/.test(match[at + 2] ?? ''),
  };
}

/**
 * ISO 8601 year. BC years use ISO's astronomical numbering (1 BC is 0000, 427 BC is -0426), so
 * dates sort and compare correctly; the card turns them back into "427 BC".
 */
export function isoYear(value: number, bc: boolean): string {
  const astronomical = bc ? 1 - value : value;
  const digits = String(Math.abs(astronomical)).padStart(4, '0');
  return astronomical < 0 ? `-${digits}` : digits;
}

function fact(key: 'born' | 'died', y: Year): Fact[] {
  // A year WordNet marks with "?" is a guess; a card states only what the source is sure of.
  return y.uncertain ? [] : [{ key, value: isoYear(y.year, y.bc) }];
}

/** Born and died years from the life span a WordNet gloss ends with: "(1809-1865)", "(born 1952)". */
export function lifeDates(gloss: string): Fact[] {
  const inner = LIFE_PARENS.exec(gloss)?.[1]?.trim();
  if (!inner) return [];
  const range = RANGE.exec(inner);
  if (range) {
    const born = year(range, 1);
    const died = year(range, 4);
    // "427-347 BC": the era written once applies to both ends.
    if (died.bc && !range[3]) born.bc = true;
    return [...fact('born', born), ...fact('died', died)];
  }
  const born = BORN.exec(inner);
  if (born) return fact('born', year(born, 1));
  const died = DIED.exec(inner);
  return died ? fact('died', year(died, 1)) : [];
}

/** A one-line description from a gloss: its first clause, without examples, life span or article. */
export function describe(gloss: string): string {
  let text = (gloss.split(/;\s*/)[0] ?? '').replace(LIFE_PARENS, '').replace(/"[^"]*"/g, '');
  text = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(a|an|the)\s+/i, '');
  if (text.length > MAX_DESCRIPTION) {
    const cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
    text = `${text.slice(0, cut > 0 ? cut : MAX_DESCRIPTION - 1)}…`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}
