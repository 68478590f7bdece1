/**
 * Checks of the index and details files, cheap enough for every background start: structure, the
 * lengths of the columns, and the type of their first item. Items that point into other columns
 * (postings, relations) are checked where they are decoded, so a broken file fails with a message
 * naming the field, or loses that one item, and never crashes the linker later.
 */
import type { StoreDetailsFile, StoreIndexFile } from './store-files';
import { DETAILS_FORMAT, INDEX_FORMAT, MARKED_COLUMNS } from './store-files';

function fail(file: string, what: string): never {
  throw new Error(`Invalid knowledge store ${file}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Kind = 'string' | 'number' | 'object';

/** A list of `length` items (any length when undefined) whose first item is of `kind`. */
function column(file: string, owner: Record<string, unknown>, field: string, kind: Kind, length?: number) {
  const value = owner[field];
  if (!Array.isArray(value)) fail(file, `${field} is not a list`);
  if (length !== undefined && value.length !== length)
    fail(file, `${field} has ${value.length} items, expected ${length}`);
  if (value.length > 0 && typeof value[0] !== kind) fail(file, `${field}[0] is not a ${kind}`);
  return value as unknown[];
}

function checkEntities(file: string, columns: unknown): void {
  if (!isRecord(columns)) fail(file, 'entities is not an object');
  // The packed text columns' line counts are checked when they are indexed (see store-records.ts).
  for (const field of ['id', 'name', 'wikipedia'] as const)
    if (typeof columns[field] !== 'string') fail(file, `${field} is not a string`);
  if (typeof columns.idsSorted !== 'boolean') fail(file, 'idsSorted is not a boolean');
  const marks = columns.lineMarks;
  if (!isRecord(marks)) fail(file, 'lineMarks is not an object');
  // Whether they fit their columns is checked when the columns are opened (see store-search.ts).
  for (const field of MARKED_COLUMNS) column(file, marks, field, 'number');
  if (typeof columns.type !== 'string') fail(file, 'type is not a string');
  const n = columns.type.length;
  if (typeof columns.prior !== 'string') fail(file, 'prior is not a string');
  if (columns.prior.length !== 2 * n)
    fail(file, `prior has ${columns.prior.length / 2} items, expected ${n}`);
  column(file, columns, 'office', 'string', column(file, columns, 'officeOf', 'number').length);
  column(file, columns, 'titles', 'string', column(file, columns, 'titleOf', 'number').length);
  column(file, columns, 'relationKeys', 'string');
  if (typeof columns.relations !== 'string') fail(file, 'relations is not a string');
  const demonyms = column(file, columns, 'demonymKeys', 'string').length;
  column(file, columns, 'demonymEntities', 'object', demonyms);
  column(file, columns, 'givenNames', 'string');
  column(file, columns, 'firstNames', 'string');
  // Its lines' entity indexes are checked when one is looked up (see store-former-ids.ts).
  if (columns.formerIds !== undefined && typeof columns.formerIds !== 'string')
    fail(file, 'formerIds is not a string');
}

/** Checks a parsed index file; throws an Error naming the first thing wrong. */
export function validateIndex(json: unknown, file = 'index'): StoreIndexFile {
  if (!isRecord(json)) fail(file, 'the top level is not an object');
  if (json.format !== INDEX_FORMAT) {
    // A store built before the format changed: say what to do, not only what is wrong.
    const stale = typeof json.format === 'string' && json.format.startsWith('gloss-index/');
    fail(
      file,
      `format is ${JSON.stringify(json.format)}, expected ${INDEX_FORMAT}` +
        (stale ? ': the store comes from another build; rebuild it (npm run kb -- build)' : ''),
    );
  }
  for (const field of ['asOf', 'stamp', 'aliases', 'prefixes'] as const)
    if (typeof json[field] !== 'string') fail(file, `${field} is not a string`);
  if (typeof json.maxWords !== 'number' || !(json.maxWords >= 1)) fail(file, 'maxWords is not a count');
  const sources = column(file, json, 'sources', 'object');
  sources.forEach((s, i) => {
    if (!isRecord(s) || typeof s.key !== 'string' || typeof s.name !== 'string')
      fail(file, `sources[${i}] has no key or name`);
  });
  checkEntities(file, json.entities);
  return json as unknown as StoreIndexFile;
}

/** Checks a parsed details file against the index it belongs to. */
export function validateDetails(json: unknown, index: StoreIndexFile, file = 'details'): StoreDetailsFile {
  if (!isRecord(json)) fail(file, 'the top level is not an object');
  if (json.format !== DETAILS_FORMAT)
    fail(file, `format is ${JSON.stringify(json.format)}, expected ${DETAILS_FORMAT}`);
  if (json.stamp !== index.stamp)
    fail(file, `belongs to another build (stamp ${JSON.stringify(json.stamp)}, index ${index.stamp})`);
  const n = index.entities.type.length;
  // Its line count is checked when the column is indexed (see store-open.ts).
  if (typeof json.description !== 'string') fail(file, 'description is not a string');
  column(file, json, 'source', 'number', n);
  // Aliases and facts were checked when the compiler wrote them; here their lists only.
  column(file, json, 'aliases', 'object', n);
  column(file, json, 'facts', 'object', n);
  column(file, json, 'countryCode', 'string', column(file, json, 'countryOf', 'number').length);
  return json as unknown as StoreDetailsFile;
}
