import type { Shape } from './tokenize';
import { normalize } from './normalize';
import { WORD, gapSignature, shapeOf } from './tokenize';

/** The index key of an alias, the shape of its words, and where its words end. */
export interface AliasKey {
  key: string;
  shapes: Shape[];
  /** Lengths of the key's proper prefixes that end at a word (for `hasPrefix`). */
  cuts: number[];
}

const SIMPLE_ALIAS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The index key of an alias and the shape of its words; the matcher builds keys of text the same
 * way. The store compiler runs it at build time, so a change here needs `npm run kb -- build`.
 */
export function aliasKey(text: string): AliasKey | null {
  if (SIMPLE_ALIAS.test(text)) {
    // Fast path for the bulk of a large store: plain ASCII words need no folding.
    const words = text.split(' ');
    const cuts: number[] = [];
    let at = -1;
    for (let i = 0; i < words.length - 1; i++) cuts.push((at += (words[i]?.length ?? 0) + 1));
    return { key: text.toLowerCase(), shapes: words.map(shapeOf), cuts };
  }
  // Printable ASCII needs no folding but the backtick; anything else goes through `normalize`.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text.replace(/`/g, "'") : normalize(text).text;
  let key = '';
  let last = 0;
  const shapes: Shape[] = [];
  const cuts: number[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (shapes.length > 0) {
      cuts.push(key.length);
      key += gapSignature(folded.slice(last, match.index));
    }
    key += word.toLowerCase();
    shapes.push(shapeOf(word));
    last = match.index + word.length;
  }
  return shapes.length === 0 ? null : { key, shapes, cuts };
}
