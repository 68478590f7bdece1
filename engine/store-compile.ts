/**
 * CompiledStore → the index and details files. The knowledge compiler writes them with this, and
 * tests and pack merging build in-memory stores through it too, so there is one path from a
 * store's entities to the engine's index.
 */
import type { CompiledStore, StoreEntity } from './types';
import type { EntityColumns, MarkedColumn, StoreDetailsFile, StoreIndexFile } from './store-files';
import { ENTITY_TYPES } from './types';
import {
  COMMON,
  DETAILS_FORMAT,
  INDEX_FORMAT,
  IS_NAME,
  LINES_PER_MARK,
  RELATION_FACTS,
  WEAK,
} from './store-files';
import { aliasKey } from './store-key';
import { demonymsOf, relationsFromFacts } from './store-derive';
import { buildPostings } from './store-postings';
import { TITLES } from './cues';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** FNV-1a over the ids: cheap to compare, and any change of entities or their order changes it. */
export function idStamp(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${ids.length}-${(hash >>> 0).toString(16)}`;
}

/** One line per entity; a value with a line break (or a title "=") would shift every later one. */
function packed(entities: readonly StoreEntity[], field: (e: StoreEntity) => string): string {
  return entities
    .map((e) => {
      const value = field(e);
      if (value.includes('\n') || (e.wikipedia === '=' && e.name !== '='))
        throw new Error(`entity ${e.id}: a name, title or description holds a line break or is "="`);
      return value;
    })
    .join('\n');
}

/** The offsets of lines 0, LINES_PER_MARK, 2 * LINES_PER_MARK... of a packed column. */
export function lineMarks(packed: string): number[] {
  const marks: number[] = [];
  let start = 0;
  for (let line = 0; start >= 0; line++) {
    if (line % LINES_PER_MARK === 0) marks.push(start);
    const end = packed.indexOf('\n', start);
    start = end < 0 ? -1 : end + 1;
  }
  return marks;
}

function thousandths(entity: StoreEntity): number {
  const prior = Math.round(entity.prior * 1000);
  // n / 1000 is the double nearest the decimal, as parsing it would give: exact when it has ≤ 3 decimals.
  if (prior / 1000 !== entity.prior)
    throw new Error(`entity ${entity.id}: prior ${entity.prior} has more than three decimals`);
  return prior;
}

function relationColumns(entities: readonly StoreEntity[]) {
  const perEntity = entities.map((e) => relationsFromFacts(e.facts));
  const relationKeys = [...new Set(perEntity.flat().map((r) => r.key))].sort(byCodeUnit);
  const at = new Map(relationKeys.map((key, i) => [key, i]));
  const facts: readonly string[] = RELATION_FACTS;
  return {
    relationKeys,
    relations: perEntity
      .map((list) =>
        list.map((r) => ((at.get(r.key) ?? 0) * 8 + facts.indexOf(r.fact)).toString(36)).join(' '),
      )
      .join('\n'),
  };
}

// People whose name starts with a word before that word counts as a given name.
const GIVEN_NAME_PEOPLE = 20;
// Fewer people make a word a first name: enough to read "Eric Reeves" as someone's name, too few to
// say that the word alone names no one.
const FIRST_NAME_PEOPLE = 3;
// First words of people's names that are titles or parts of names rather than given names.
const NOT_FIRST_NAMES: ReadonlySet<string> = new Set(
  'king queen prince princess pope saint sir lady lord dame big lil the van von der abu'.split(' '),
);

/** How many of the store's people have each first word ("john" starts over two hundred names). */
function firstWordCounts(entities: readonly StoreEntity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entities) {
    const space = e.type === 'person' ? e.name.indexOf(' ') : -1;
    if (space <= 0) continue;
    const first = e.name.slice(0, space).toLowerCase();
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return counts;
}

/**
 * Given names, learnt from the store's own people: the first word of many of their names ("John"
 * starts over two hundred; "Ryan" ten, which is still a surname as often).
 */
function givenNamesOf(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].filter(([, n]) => n >= GIVEN_NAME_PEOPLE).map(([word]) => word);
}

/** First names: words of three letters or more that start a few people's names ("eric", "rachel"). */
function firstNamesOf(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .filter(([word, n]) => n >= FIRST_NAME_PEOPLE && /^\p{L}{3,}$/u.test(word))
    .map(([word]) => word)
    .filter((word) => !NOT_FIRST_NAMES.has(word) && !TITLES.has(word));
}

/** The titles of the title cue that an entity's description holds, as the cue compares them. */
function titlesInDescription(entity: StoreEntity): string[] {
  const description = entity.description.toLowerCase();
  return [...TITLES].filter((title) => description.includes(title));
}

/** The former ids' lines, sorted by id; none when no entity has one, so the index carries nothing. */
function formerIdColumn(entities: readonly StoreEntity[]): Pick<EntityColumns, 'formerIds'> {
  const pairs = entities.flatMap((e, i) => (e.formerIds ?? []).map((id) => [id, i] as const));
  if (pairs.length === 0) return {};
  pairs.sort((a, b) => byCodeUnit(a[0], b[0]));
  for (const [id] of pairs)
    if (/[\t\n]/.test(id)) throw new Error(`former id ${JSON.stringify(id)} holds a tab or a line break`);
  return { formerIds: pairs.map(([id, i]) => `${id}\t${i.toString(36)}`).join('\n') };
}

function entityColumns(entities: readonly StoreEntity[]): EntityColumns {
  const types: readonly string[] = ENTITY_TYPES;
  const offices = entities.flatMap((e, i) =>
    e.facts.filter((f) => f.key === 'office').map((f) => [i, String(f.value)] as const),
  );
  const titled = entities.flatMap((e, i) => {
    const titles = titlesInDescription(e);
    return titles.length > 0 ? [[i, titles.join(' ')] as const] : [];
  });
  const firstWords = firstWordCounts(entities);
  const demonyms = [...demonymsOf(entities)].sort((a, b) => byCodeUnit(a[0], b[0]));
  const { relationKeys, relations } = relationColumns(entities);
  const text = {
    id: packed(entities, (e) => e.id),
    name: packed(entities, (e) => e.name),
    wikipedia: packed(entities, (e) => (e.wikipedia === e.name ? '=' : (e.wikipedia ?? ''))),
    relations,
  };
  const marks = (field: MarkedColumn) => (entities.length > 0 ? lineMarks(text[field]) : []);
  return {
    ...text,
    idsSorted: entities.every((e, i) => i === 0 || (entities[i - 1]?.id ?? '') < e.id),
    type: entities.map((e) => types.indexOf(e.type)).join(''),
    prior: entities.map((e) => thousandths(e).toString(36).padStart(2, '0')).join(''),
    lineMarks: {
      id: marks('id'),
      name: marks('name'),
      wikipedia: marks('wikipedia'),
      relations: marks('relations'),
    },
    titleOf: titled.map(([i]) => i),
    titles: titled.map(([, titles]) => titles),
    officeOf: offices.map(([i]) => i),
    office: offices.map(([, office]) => office),
    relationKeys,
    demonymKeys: demonyms.map(([key]) => key),
    demonymEntities: demonyms.map(([, list]) => list),
    givenNames: givenNamesOf(firstWords).sort(byCodeUnit),
    firstNames: firstNamesOf(firstWords).sort(byCodeUnit),
    ...formerIdColumn(entities),
  };
}

function aliasIndex(entities: readonly StoreEntity[]) {
  const postings = buildPostings(entities, aliasKey);
  const lines = [...postings.index]
    .sort((a, b) => byCodeUnit(a[0], b[0]))
    .map(([key, list]) => {
      const numbers = list.flatMap((p) => {
        const flags = (p.weak ? WEAK : 0) | (p.common ? COMMON : 0) | (p.isName ? IS_NAME : 0);
        return [(p.entity * 8 + flags).toString(36), p.shapes.toString(36)];
      });
      return `${key}\t${numbers.join(' ')}`;
    });
  return {
    maxWords: postings.maxWords,
    aliases: lines.join('\n'),
    prefixes: [...postings.prefixes].sort(byCodeUnit).join('\n'),
  };
}

/** The index and details files of a compiled store, entities in the store's order. */
export function compileStoreForEngine(store: CompiledStore): {
  index: StoreIndexFile;
  details: StoreDetailsFile;
} {
  const { entities } = store;
  const stamp = idStamp(entities.map((e) => e.id));
  const sourceAt = new Map(store.sources.map((s, i) => [s.key, i]));
  const coded = entities.flatMap((e, i) => (e.countryCode ? [[i, e.countryCode] as const] : []));
  return {
    index: {
      format: INDEX_FORMAT,
      asOf: store.asOf,
      stamp,
      sources: store.sources,
      ...aliasIndex(entities),
      entities: entityColumns(entities),
    },
    details: {
      format: DETAILS_FORMAT,
      stamp,
      description: packed(entities, (e) => e.description),
      source: entities.map((e) => sourceAt.get(e.source) ?? -1),
      aliases: entities.map((e) => e.aliases),
      facts: entities.map((e) => e.facts),
      countryOf: coded.map(([i]) => i),
      countryCode: coded.map(([, code]) => code),
    },
  };
}
