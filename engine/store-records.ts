/**
 * The entity records of an opened index: each reads its fields from the index's columns when first
 * asked, so a background start allocates one small object per entity and no strings; the few
 * hundred entities a page names are the only ones whose text is ever cut out.
 */
import type { EntityRecord } from './store';
import type { StoreIndexFile } from './store-files';
import type { EntityType, Fact } from './types';
import type { PackedList } from './store-search';
import { markedList, packedList } from './store-search';
import { ENTITY_TYPES } from './types';

const NO_FACTS: readonly Fact[] = Object.freeze([]);
const NO_TITLES: readonly string[] = Object.freeze([]);

/** The index's columns with their packed text columns indexed. */
export interface RecordColumns {
  id: PackedList;
  name: PackedList;
  wikipedia: PackedList;
  relations: PackedList;
  /** Packed as in the index: a digit per entity, and two base-36 digits per entity. */
  type: string;
  prior: string;
  offices: ReadonlyMap<number, readonly Fact[]>;
  titles: ReadonlyMap<number, readonly string[]>;
}

// The value of a base-36 digit's character code ('0'-'9', 'a'-'z').
const base36 = (code: number) => (code < 58 ? code - 48 : code - 87);

class LazyRecord implements EntityRecord {
  #id: string | undefined = undefined;
  #name: string | undefined = undefined;
  #wikipedia: string | null | undefined = undefined;
  constructor(
    private readonly columns: RecordColumns,
    private readonly index: number,
  ) {}
  get id(): string {
    return (this.#id ??= this.columns.id.at(this.index));
  }
  get name(): string {
    return (this.#name ??= this.columns.name.at(this.index));
  }
  get type(): EntityType {
    return ENTITY_TYPES[this.columns.type.charCodeAt(this.index) - 48] ?? 'other';
  }
  get prior(): number {
    const { prior } = this.columns;
    return (
      (base36(prior.charCodeAt(2 * this.index)) * 36 + base36(prior.charCodeAt(2 * this.index + 1))) / 1000
    );
  }
  get wikipedia(): string | null {
    if (this.#wikipedia === undefined) {
      const title = this.columns.wikipedia.at(this.index);
      this.#wikipedia = title === '=' ? this.name : title === '' ? null : title;
    }
    return this.#wikipedia;
  }
  get titlesInDescription(): readonly string[] {
    return this.columns.titles.get(this.index) ?? NO_TITLES;
  }
  get facts(): readonly Fact[] {
    return this.columns.offices.get(this.index) ?? NO_FACTS;
  }
}

/** Indexes the text columns; throws when one of them does not have a line per entity. */
export function recordColumns(index: StoreIndexFile): RecordColumns {
  const { type, prior, officeOf, office, titleOf, titles } = index.entities;
  const text = (field: 'id' | 'name' | 'wikipedia' | 'relations') => {
    const packed = index.entities[field];
    const column = markedList(packed, index.entities.lineMarks[field], type.length);
    if (column) return column;
    // Only a broken file gets here, so counting its lines costs a start nothing.
    const lines = packedList(packed, true).size;
    throw new Error(
      lines === type.length
        ? `Invalid knowledge store index: ${field} does not fit its line marks`
        : `Invalid knowledge store index: ${field} has ${lines} lines, expected ${type.length}`,
    );
  };
  const offices = new Map<number, Fact[]>();
  officeOf.forEach((i, k) => {
    const list = offices.get(i) ?? [];
    list.push({ key: 'office', value: office[k] ?? '' });
    offices.set(i, list);
  });
  const titled = new Map<number, readonly string[]>();
  titleOf.forEach((i, k) => titled.set(i, (titles[k] ?? '').split(' ')));
  return {
    id: text('id'),
    name: text('name'),
    wikipedia: text('wikipedia'),
    relations: text('relations'),
    type,
    prior,
    offices,
    titles: titled,
  };
}

/** One record per entity, in index order. */
export function entityRecords(columns: RecordColumns): EntityRecord[] {
  const records = new Array<EntityRecord>(columns.type.length);
  for (let i = 0; i < records.length; i++) records[i] = new LazyRecord(columns, i);
  return records;
}
