import type { CompiledStore, EntityType, Fact, SourceInfo, StoreEntity } from './types';
import type { Shape } from './tokenize';
import type { Relation } from './store-derive';
import { compileStoreForEngine } from './store-compile';
import { openIndex } from './store-open';
import { validateStore } from './store-validate';
import { validateDetails, validateIndex } from './store-validate-files';

export { aliasKey } from './store-key';
export type { Relation } from './store-derive';

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

/** What the linker reads of an entity while annotating; the rest comes with the details file. */
export interface EntityRecord {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly prior: number;
  readonly wikipedia: string | null;
  /**
   * The titles of the title cue (engine/cues.ts) that the description holds; the description itself
   * comes with the details file, as `entity(i).description`.
   */
  readonly titlesInDescription: readonly string[];
  /** Only the `office` facts (the title cue checks them); `entity(i).facts` has them all. */
  readonly facts: readonly Fact[];
}

/** A store ready for matching: its alias index as compiled, searched in place. */
export interface KnowledgeStore {
  readonly asOf: string;
  readonly entities: readonly EntityRecord[];
  readonly sources: ReadonlyMap<string, SourceInfo>;
  /** Longest alias, in words. */
  readonly maxWords: number;
  /** Postings of an alias key (words lower-cased, joined by their folded gaps), if any. */
  lookup(key: string): readonly Posting[] | undefined;
  /** Whether some longer alias key starts with this key (so the matcher keeps extending). */
  hasPrefix(key: string): boolean;
  /** The entity of an id, or of a former id (one it had before a merge folded it into another). */
  indexOf(id: string): number | undefined;
  /** The full entity (aliases, facts, source); undefined until the details are attached. */
  entity(index: number): StoreEntity | undefined;
  /** The full entity of an id or former id; undefined when unknown or until the details are attached. */
  byId(id: string): StoreEntity | undefined;
  /** The id the entity of an id or former id goes by now; undefined when the store knows neither. */
  currentId(id: string): string | undefined;
  hasDetails(): boolean;
  /** Places and bodies an entity's facts name (its country, capital, office's country...). */
  relations(entity: number): readonly Relation[];
  /** Demonym key ("chinese") → the entities it names. */
  readonly demonyms: ReadonlyMap<string, readonly number[]>;
  /** Lower-cased first words of many people's names ("john"), which name no one alone. */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-cased first words of a few people's names ("eric"): a first name, though maybe also a word. */
  readonly firstNames: ReadonlySet<string>;
  /** Normalised name of an entity, cached. */
  nameKey(entity: number): string;
  /** Adds the parsed details file of the same build; throws when it is broken or of another build. */
  attachDetails(json: unknown): void;
}

/** Opens a parsed index file (and, when given, its details file); throws a clear Error when broken. */
export function openStore(indexJson: unknown, detailsJson?: unknown): KnowledgeStore {
  const index = validateIndex(indexJson);
  const opened = openIndex(index);
  const store: KnowledgeStore = {
    ...opened,
    attachDetails: (json) => opened.attach(validateDetails(json, index)),
  };
  if (detailsJson !== undefined) store.attachDetails(detailsJson);
  return store;
}

/** Attaches a parsed details file to a store opened from its index. */
export function attachDetails(store: KnowledgeStore, json: unknown): void {
  store.attachDetails(json);
}

/** Validates a whole CompiledStore (as tests and packs build them) and opens it with its details. */
export function loadStore(json: unknown): KnowledgeStore {
  const { index, details } = compileStoreForEngine(validateStore(json) as CompiledStore);
  return openStore(index, details);
}
