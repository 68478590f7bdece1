import type { AliasKey } from './store-key';
import type { Shape } from './tokenize';
import type { StoreEntity } from './types';

/** Shape codes: base-4 digits after a leading 1, first word most significant. */
const SHAPES: readonly Shape[] = ['upper', 'cap', 'lower', 'digit'];

export function encodeShapes(shapes: readonly Shape[]): number {
  let code = 1;
  for (const shape of shapes) code = code * 4 + SHAPES.indexOf(shape);
  return code;
}

export function decodeShapes(code: number): Shape[] {
  const shapes: Shape[] = [];
  for (let rest = code; rest > 1; rest = Math.floor(rest / 4)) shapes.push(SHAPES[rest % 4] ?? 'lower');
  return shapes.reverse();
}

interface BuildPosting {
  entity: number;
  weak: boolean;
  common: boolean;
  isName: boolean;
  shapes: number;
}

/** Every alias key of these entities with its postings (in entity order), the keys' word prefixes and the longest alias. */
export function buildPostings(
  entities: readonly StoreEntity[],
  keyOf: (text: string) => AliasKey | null,
): { index: Map<string, BuildPosting[]>; prefixes: Set<string>; maxWords: number } {
  const index = new Map<string, BuildPosting[]>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const add = (
    entity: number,
    text: string,
    flags: { weak?: boolean; common?: boolean },
    isName: boolean,
  ) => {
    const alias = keyOf(text);
    if (!alias) return;
    const list = index.get(alias.key);
    const shapes = encodeShapes(alias.shapes);
    // The same alias listed twice for one entity keeps its strongest form. Written with other
    // capitals it is another alias: Georgia's "GA" and "Ga." share the key "ga", and keeping only
    // the first left "Athens, Ga." without its state.
    const existing = list?.find((p) => p.entity === entity && p.shapes === shapes);
    if (existing) {
      existing.weak &&= flags.weak === true;
      // Being an ordinary word is a property of the word, so any listing that says so counts.
      existing.common ||= flags.common === true;
      existing.isName ||= isName;
      return;
    }
    const weak = flags.weak === true;
    const posting = {
      entity,
      weak,
      common: flags.common === true,
      isName,
      shapes,
    };
    if (list) list.push(posting);
    else index.set(alias.key, [posting]);
    for (const cut of alias.cuts) prefixes.add(alias.key.slice(0, cut));
    maxWords = Math.max(maxWords, alias.shapes.length);
  };
  entities.forEach((entity, i) => {
    add(i, entity.name, {}, true);
    for (const alias of entity.aliases) add(i, alias.text, alias, false);
  });
  return { index, prefixes, maxWords };
}
