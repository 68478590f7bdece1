/**
 * The two files the packaged store is split into. The index holds what annotating needs, already
 * in the shape the engine searches (so a background start only parses it); the details hold what a
 * card shows (descriptions included), aligned by entity index and read on the first card. Columns rather than one object
 * per entity: fewer, larger arrays parse faster and take less heap.
 */
import type { Alias, Fact, SourceInfo } from './types';

export const INDEX_FORMAT = 'gloss-index/5';
export const DETAILS_FORMAT = 'gloss-details/2';

/** Order of the relation facts in `relations` codes (code = key index * 8 + fact). */
export const RELATION_FACTS = ['capital', 'country', 'region', 'division', 'headquarters', 'office'] as const;

/**
 * The packed columns `id`, `name`, `wikipedia` and `relations` come with the start of every 16th
 * line, so opening the store scans none of them (a scan of their lines took a fifth of the open):
 * an item is found from the mark before it by skipping at most 15 lines.
 */
export const LINES_PER_MARK = 16;

/** The packed columns that carry line marks. */
export const MARKED_COLUMNS = ['id', 'name', 'wikipedia', 'relations'] as const;
export type MarkedColumn = (typeof MARKED_COLUMNS)[number];

/** Posting flags, in the low bits of a posting's first number (entity index * 8 + flags). */
export const WEAK = 1;
export const COMMON = 2;
export const IS_NAME = 4;

export interface StoreIndexFile {
  format: typeof INDEX_FORMAT;
  asOf: string;
  /** Ties the details file to this index (a hash of the entity ids). */
  stamp: string;
  sources: SourceInfo[];
  maxWords: number;
  /**
   * The alias index as text, one line a key: the key, a tab, then two base-36 numbers a posting
   * (entity index * 8 + flags, and the words' shapes in base 4 after a leading 1), space-separated.
   * Lines are sorted by key in UTF-16 code unit order (JavaScript's `<`; no key holds a tab or a
   * line break) and searched in place by character position, so opening the store neither splits
   * nor scans it: one long string parses far faster than 80,000 keys and 180,000 numbers.
   */
  aliases: string;
  /** Proper prefixes of keys that end at a word, one a line, sorted and searched like `aliases`. */
  prefixes: string;
  entities: EntityColumns;
}

/**
 * What the linker reads of each entity while annotating, one column per field. The text columns
 * are packed, one line per entity (no value holds a line break): four long strings parse in a
 * fraction of the time of 180,000 short ones, and each value is cut out only when it is read.
 */
export interface EntityColumns {
  /** Entity ids, packed; sorted by code unit when `idsSorted`, so an id is found by binary search. */
  id: string;
  idsSorted: boolean;
  /**
   * One digit per entity, its index into ENTITY_TYPES. The number columns are text, like the others,
   * so they ship as raw text and are read in place: no list of 46,000 numbers to parse.
   */
  type: string;
  name: string;
  /** Two base-36 digits per entity: its prior in thousandths (priors have three decimals at most). */
  prior: string;
  /** English Wikipedia titles, packed: "=" when it is the name itself (a third of entities), "" when none. */
  wikipedia: string;
  /** Per marked column: the offset (in UTF-16 code units) of lines 0, 16, 32... */
  lineMarks: Record<MarkedColumn, number[]>;
  /**
   * Entities whose description names a title the linker's title cue knows ("president" in "Vice
   * President of Ghana"), and those titles, space-separated, pairwise. Computed when the store is
   * compiled, so the index need not carry the descriptions (a third of its size) for this one check.
   */
  titleOf: number[];
  titles: string[];
  /** Entities with an office (the title cue checks it), and the office, pairwise. */
  officeOf: number[];
  office: string[];
  /**
   * Related places and bodies: packed, a line per entity, its codes in base 36, space-separated
   * (code = index into `relationKeys` * 8 + index into RELATION_FACTS).
   */
  relationKeys: string[];
  relations: string;
  /** Demonym keys ("chinese") and the entities each names. */
  demonymKeys: string[];
  demonymEntities: number[][];
  /** Lower-cased first words of many people's names ("john"): see engine/given-names.ts. */
  givenNames: string[];
  /** Lower-cased first words of a few people's names ("eric"): someone's first name, maybe also a word. */
  firstNames: string[];
  /**
   * Ids entities had before a merge (StoreEntity.formerIds), when any: one a line, the id, a tab
   * and the entity's index in base 36, sorted and searched like `aliases`.
   */
  formerIds?: string;
}

export interface StoreDetailsFile {
  format: typeof DETAILS_FORMAT;
  stamp: string;
  /** Descriptions, packed like the index's text columns: one line per entity. */
  description: string;
  /** Index into the index file's `sources`. */
  source: number[];
  aliases: Alias[][];
  facts: Fact[][];
  /** Entities with a country code, and the code, pairwise. */
  countryOf: number[];
  countryCode: string[];
}
