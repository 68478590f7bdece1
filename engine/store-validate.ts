import type { CompiledStore, SourceInfo } from './types';
import { FACT_KEYS, STORE_FORMAT, isEntityType } from './types';

const FACT_KEY_SET: ReadonlySet<string> = new Set(FACT_KEYS);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(where: string, what: string): never {
  throw new Error(`Invalid knowledge store: ${where} ${what}`);
}

function checkSource(value: unknown, i: number): SourceInfo {
  const where = `sources[${i}]`;
  if (!isRecord(value)) fail(where, 'is not an object');
  for (const key of ['key', 'name', 'version', 'licence', 'url', 'asOf'] as const)
    if (typeof value[key] !== 'string') fail(where, `has no string "${key}"`);
  return value as unknown as SourceInfo;
}

// These checks run over every entry of a large store, so the place named in a message is built
// only when something fails.
type Where = () => string;

function checkAliases(value: unknown, where: Where): void {
  if (!Array.isArray(value)) fail(where(), 'aliases is not a list');
  for (let j = 0; j < value.length; j++) {
    const alias: unknown = value[j];
    if (!isRecord(alias) || typeof alias.text !== 'string' || alias.text.trim() === '')
      fail(where(), `aliases[${j}] has no text`);
    if (alias.weak !== undefined && typeof alias.weak !== 'boolean')
      fail(where(), `aliases[${j}].weak is not boolean`);
    if (alias.common !== undefined && typeof alias.common !== 'boolean')
      fail(where(), `aliases[${j}].common is not boolean`);
  }
}

function checkFacts(value: unknown, where: Where): void {
  if (!Array.isArray(value)) fail(where(), 'facts is not a list');
  for (let j = 0; j < value.length; j++) {
    const fact: unknown = value[j];
    if (!isRecord(fact) || typeof fact.key !== 'string' || !FACT_KEY_SET.has(fact.key))
      fail(where(), `facts[${j}] has an unknown key`);
    if (typeof fact.value !== 'string' && typeof fact.value !== 'number')
      fail(where(), `facts[${j}].value is not a string or number`);
  }
}

function checkEntity(value: unknown, i: number, sources: ReadonlySet<string>, ids: Set<string>): void {
  if (!isRecord(value)) fail(`entities[${i}]`, 'is not an object');
  const id = value.id;
  if (typeof id !== 'string' || id === '') fail(`entities[${i}]`, 'has no string id');
  const where = () => `entities[${i}] (id ${JSON.stringify(id)})`;
  if (ids.has(id)) fail(where(), 'repeats an id used earlier');
  ids.add(id);
  if (!isEntityType(value.type)) fail(where(), `has unknown type ${JSON.stringify(value.type)}`);
  if (typeof value.name !== 'string' || value.name.trim() === '') fail(where(), 'has no name');
  if (typeof value.description !== 'string') fail(where(), 'description is not a string');
  if (typeof value.source !== 'string' || !sources.has(value.source))
    fail(where(), `source ${JSON.stringify(value.source)} is not among the store's sources`);
  if (value.wikipedia !== null && typeof value.wikipedia !== 'string')
    fail(where(), 'wikipedia is not a string or null');
  if (typeof value.prior !== 'number' || !(value.prior >= 0 && value.prior <= 1))
    fail(where(), 'prior is not a number from 0 to 1');
  const code = value.countryCode;
  if (code !== undefined && !(typeof code === 'string' && /^[A-Z]{2}$/.test(code)))
    fail(where(), 'countryCode is not two capital letters');
  checkAliases(value.aliases, where);
  checkFacts(value.facts, where);
  const former = value.formerIds;
  if (
    former !== undefined &&
    !(Array.isArray(former) && former.every((f) => typeof f === 'string' && f !== ''))
  )
    fail(where(), 'formerIds is not a list of ids');
}

// A former id names one entity only, and none that goes by it now: a saved choice of it must find
// one entity.
function checkFormerIds(entities: readonly Record<string, unknown>[], ids: ReadonlySet<string>): void {
  const seen = new Set<string>();
  entities.forEach((entity, i) => {
    for (const former of (entity.formerIds as string[] | undefined) ?? []) {
      const where = `entities[${i}] (id ${JSON.stringify(entity.id)})`;
      if (ids.has(former))
        fail(where, `has the former id ${JSON.stringify(former)}, which an entity has now`);
      if (seen.has(former)) fail(where, `repeats the former id ${JSON.stringify(former)}`);
      seen.add(former);
    }
  });
}

/** Checks the shape of a compiled store; throws an Error naming the first thing wrong. */
export function validateStore(json: unknown): CompiledStore {
  if (!isRecord(json)) fail('the top level', 'is not an object');
  if (json.format !== STORE_FORMAT)
    fail('format', `is ${JSON.stringify(json.format)}, expected ${STORE_FORMAT}`);
  if (typeof json.asOf !== 'string') fail('asOf', 'is not a string');
  if (!Array.isArray(json.sources)) fail('sources', 'is not a list');
  if (!Array.isArray(json.entities)) fail('entities', 'is not a list');
  const sourceKeys = new Set(json.sources.map((source, i) => checkSource(source, i).key));
  const ids = new Set<string>();
  for (let i = 0; i < json.entities.length; i++) checkEntity(json.entities[i], i, sourceKeys, ids);
  checkFormerIds(json.entities as Record<string, unknown>[], ids);
  return json as unknown as CompiledStore;
}
