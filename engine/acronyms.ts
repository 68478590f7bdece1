/**
 * Acronyms a document defines for itself: "artificial pancreas (AP)" means that, in this document,
 * AP is not the Associated Press; "Food and Drug Administration (FDA)" confirms the agency.
 */
import type { Token } from './tokenize';

// Small words an acronym skips ("Department of Justice (DOJ)", "Bosnia and Herzegovina (BiH)").
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'to']);

/** The key of the words an acronym at token `at` abbreviates, or null when they do not spell it. */
function expansionOf(tokens: readonly Token[], at: number): string | null {
  const letters = tokens[at]?.key ?? '';
  let need = letters.length - 1;
  let start = at;
  for (let j = at - 1; j >= 0 && need >= 0; j--) {
    const word = tokens[j];
    if (!word || tokens[j + 1]?.breakBefore) return null;
    if (word.key.charAt(0) === letters.charAt(need)) need--;
    else if (!SKIPPED.has(word.key)) return null;
    start = j;
  }
  if (need >= 0) return null;
  let key = tokens[start]?.key ?? '';
  for (let j = start + 1; j < at; j++) key += (tokens[j]?.gap ?? ' ') + (tokens[j]?.key ?? '');
  return key;
}

/** Adds to `into` each acronym the tokens define in brackets after the words it abbreviates. */
export function findAcronymDefinitions(tokens: readonly Token[], into: Map<string, string>): void {
  tokens.forEach((token, t) => {
    if (token.shape !== 'upper' || token.key.length < 2 || token.key.length > 6) return;
    // Gaps are folded ("( " before the acronym, ") " after it).
    const closes = tokens[t + 1]?.gap.includes(')') ?? true;
    if (!token.gap.includes('(') || !closes) return;
    const expansion = expansionOf(tokens, t);
    if (expansion !== null && !into.has(token.key)) into.set(token.key, expansion);
  });
}
