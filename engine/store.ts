import type { CompiledStore, SourceInfo, StoreEntity } from './types';
import type { Shape } from './tokenize';
import { normalize, normalizeKey } from './normalize';
import { WORD, gapSignature, shapeOf } from './tokenize';
import { validateStore } from './store-validate';

/** One entity an alias key may stand for. */
export interface Posting {
  /** Index into `KnowledgeStore.entities`. */
  entity: number;
  weak: boolean;
  common: boolean;
  /** The entity's own name (not an alias). */
  isName: boolean;
  /** Capitalisation of each word of the alias as written in the store. */
  shapes: readonly Shape[];
}

/** A compiled store ready for matching: validated, with its alias index built once. */
export interface KnowledgeStore {
  readonly asOf: string;
  readonly entities: readonly StoreEntity[];
  readonly sources: ReadonlyMap<string, SourceInfo>;
  /** Longest alias, in words. */
  readonly maxWords: number;
  /** Postings of an alias key (words lower-cased, joined by their folded gaps), if any. */
  lookup(key: string): readonly Posting[] | undefined;
  /** Whether some longer alias key starts with this key (so the matcher keeps extending). */
  hasPrefix(key: string): boolean;
  byId(id: string): StoreEntity | undefined;
  indexOf(id: string): number | undefined;
  /** Normalised name of an entity, cached. */
  nameKey(entity: number): string;
}

interface AliasKey {
  key: string;
  shapes: Shape[];
  /** Lengths of the key's proper prefixes that end at a word (for `hasPrefix`). */
  cuts: number[];
}

const SIMPLE_ALIAS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The index key of an alias and the shape of its words; the matcher builds keys of text the same way. */
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

function buildIndex(entities: readonly StoreEntity[]) {
  const index = new Map<string, Posting[]>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const add = (
    entity: number,
    text: string,
    flags: { weak?: boolean; common?: boolean },
    isName: boolean,
  ) => {
    const alias = aliasKey(text);
    if (!alias) return;
    const list = index.get(alias.key);
    // The same alias listed twice for one entity keeps its strongest form.
    const existing = list?.find((p) => p.entity === entity);
    if (existing) {
      existing.weak &&= flags.weak === true;
      // Being an ordinary word is a property of the word, so any listing that says so counts.
      existing.common ||= flags.common === true;
      existing.isName ||= isName;
      return;
    }
    const posting = {
      entity,
      weak: flags.weak === true,
      common: flags.common === true,
      isName,
      shapes: alias.shapes,
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

/** Validates a parsed store file and builds its alias index; throws a clear Error when it is broken. */
export function loadStore(json: unknown): KnowledgeStore {
  const store: CompiledStore = validateStore(json);
  const { entities } = store;
  const { index, prefixes, maxWords } = buildIndex(entities);
  const ids = new Map<string, number>();
  entities.forEach((entity, i) => ids.set(entity.id, i));
  const names = new Map<number, string>();
  return {
    asOf: store.asOf,
    entities,
    sources: new Map(store.sources.map((source) => [source.key, source])),
    maxWords,
    lookup: (key) => index.get(key),
    hasPrefix: (key) => prefixes.has(key),
    byId: (id) => {
      const i = ids.get(id);
      return i === undefined ? undefined : entities[i];
    },
    indexOf: (id) => ids.get(id),
    nameKey(entity) {
      let key = names.get(entity);
      if (key === undefined) {
        key = normalizeKey(entities[entity]?.name ?? '');
        names.set(entity, key);
      }
      return key;
    },
  };
}
