/** A KnowledgeStore over a parsed index file, with the details file attached later. */
import type { EntityRecord, KnowledgeStore } from './store';
import type { Relation } from './store-derive';
import type { StoreDetailsFile, StoreIndexFile } from './store-files';
import type { StoreEntity } from './types';
import { normalizeKey } from './normalize';
import { RELATION_FACTS } from './store-files';
import type { PackedList } from './store-search';
import { findLine, memoised, packedList, postingReader } from './store-search';
import { entityRecords, recordColumns } from './store-records';
import type { FormerIds } from './store-former-ids';
import { formerIdReader } from './store-former-ids';

// The details file is checked by its lists' lengths only: a malformed item reads as empty.
const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

function relationReader(
  index: StoreIndexFile,
  relations: PackedList,
): (entity: number) => readonly Relation[] {
  const { relationKeys } = index.entities;
  const cache = new Map<number, readonly Relation[]>();
  return (entity) => {
    let list = cache.get(entity);
    if (list) return list;
    const out: Relation[] = [];
    const line = relations.at(entity);
    for (const digits of line === '' ? [] : line.split(' ')) {
      const code = parseInt(digits, 36);
      const fact = RELATION_FACTS[code % 8];
      const key = relationKeys[Math.floor(code / 8)];
      if (fact && key !== undefined) out.push({ fact, key });
    }
    cache.set(entity, (list = out));
    return list;
  };
}

/** A details file with its descriptions indexed, once it is attached. */
interface AttachedDetails {
  file: StoreDetailsFile;
  descriptions: PackedList;
}

/** Indexes the descriptions; throws when they do not have a line per entity. */
function attachedDetails(file: StoreDetailsFile, entities: number): AttachedDetails {
  const descriptions = packedList(file.description, true);
  if (descriptions.size !== entities)
    throw new Error(
      `Invalid knowledge store details: description has ${descriptions.size} lines, expected ${entities}`,
    );
  return { file, descriptions };
}

interface EntityParts {
  record: EntityRecord;
  attached: AttachedDetails;
  index: StoreIndexFile;
  formerIds: FormerIds;
}

function fullEntity({ record, attached, index, formerIds }: EntityParts, i: number) {
  const details = attached.file;
  const entity: StoreEntity = {
    id: record.id,
    type: record.type,
    name: record.name,
    aliases: list(details.aliases[i]),
    description: attached.descriptions.at(i),
    facts: list(details.facts[i]),
    source: index.sources[details.source[i] ?? -1]?.key ?? '',
    wikipedia: record.wikipedia,
    prior: record.prior,
  };
  const code = details.countryOf.indexOf(i);
  if (code >= 0) entity.countryCode = details.countryCode[code];
  const former = formerIds.of(i);
  if (former) entity.formerIds = [...former];
  return entity;
}

/** The store of a validated index; `attach` adds the validated details of the same build. */
export function openIndex(
  index: StoreIndexFile,
): Omit<KnowledgeStore, 'attachDetails'> & { attach(d: StoreDetailsFile): void } {
  const columns = recordColumns(index);
  const entities = entityRecords(columns);
  const lookup = postingReader(index);
  const formerIds = formerIdReader(index);
  // Ids come sorted from the compiler, so one is found by binary search; tests' stores may not be.
  let ids: Map<string, number> | undefined;
  const idAt = index.entities.idsSorted
    ? (id: string) => {
        const i = columns.id.indexOf(id);
        return i < 0 ? undefined : i;
      }
    : (id: string) => (ids ??= new Map(entities.map((e, i) => [e.id, i]))).get(id);
  let details: AttachedDetails | undefined;
  const names = new Map<number, string>();
  // Memoised: the surnames of a page ask for the same few ids on every block. An id an entity had
  // before a merge finds that entity, so what a reader saved under it still does.
  const indexOf = memoised((id) => idAt(id) ?? formerIds.entityOf(id));
  const entity = (i: number) => {
    const record = entities[i];
    return record && details ? fullEntity({ record, attached: details, index, formerIds }, i) : undefined;
  };
  return {
    asOf: index.asOf,
    entities,
    sources: new Map(index.sources.map((source) => [source.key, source])),
    maxWords: index.maxWords,
    lookup,
    hasPrefix: memoised((key) => findLine(index.prefixes, key) !== null),
    indexOf,
    entity,
    byId: (id) => {
      const i = indexOf(id);
      return i === undefined ? undefined : entity(i);
    },
    currentId: (id) => {
      const i = indexOf(id);
      return i === undefined ? undefined : entities[i]?.id;
    },
    hasDetails: () => details !== undefined,
    relations: relationReader(index, columns.relations),
    demonyms: new Map(
      index.entities.demonymKeys.map((key, i) => [key, index.entities.demonymEntities[i] ?? []]),
    ),
    givenNames: new Set(index.entities.givenNames),
    firstNames: new Set(index.entities.firstNames),
    nameKey(i) {
      let key = names.get(i);
      if (key === undefined) names.set(i, (key = normalizeKey(entities[i]?.name ?? '')));
      return key;
    },
    attach(d) {
      details = attachedDetails(d, entities.length);
    },
  };
}
