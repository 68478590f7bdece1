import type { Alias, EntityType, Fact } from '../engine/types';
import { ENTITY_TYPES, FACT_KEYS } from '../engine/types';
import { isCommonWordAlias } from './common-words';

/** One news-core entry after validation (format: knowledge/news-core/README.md). */
export interface NewsCoreEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: Alias[];
  description: string;
  facts: Fact[];
  wikipedia: string | null;
  priority: 1 | 2 | 3;
  asOf: string;
}

/** Context shared by the files of one build: duplicate ids are caught across files. */
export interface ValidationContext {
  commonWords: ReadonlySet<string>;
  /** id → file that first used it. */
  seenIds: Map<string, string>;
  /** Every problem found so far, as "file: entry <id>: problem". */
  errors: string[];
}

/** Where an entry sits: its file, its index there and the file's asOf. */
export interface EntryPlace {
  file: string;
  index: number;
  fileAsOf: string;
}

export const MAX_DESCRIPTION = 120;
const ENTRY_KEYS = new Set([
  'id',
  'type',
  'name',
  'aliases',
  'description',
  'facts',
  'wikipedia',
  'priority',
  'asOf',
]);
const REQUIRED = ['id', 'type', 'name', 'aliases', 'description', 'facts', 'wikipedia', 'priority'];
const DATE_FACTS = new Set<string>(['born', 'died', 'founded']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A final dot that belongs to an abbreviation ("Washington, D.C.", "Apple Inc.") is not a full stop.
const ABBREVIATION_END = /(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros)\.)$/;

type Json = Record<string, unknown>;
type Report = (problem: string) => void;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ISO date YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar (a leading "-" for BC). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^-?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function checkAlias(value: unknown, i: number, ctx: ValidationContext, report: Report): Alias | null {
  const alias: unknown = typeof value === 'string' ? { text: value } : value;
  if (!isRecord(alias) || typeof alias.text !== 'string' || alias.text.trim() === '') {
    report(`aliases[${i}] must be a string or an object with a non-empty "text"`);
    return null;
  }
  const extra = Object.keys(alias).filter((k) => !['text', 'weak', 'common'].includes(k));
  if (extra.length > 0) report(`aliases[${i}] has unknown field(s) ${extra.join(', ')}`);
  for (const flag of ['weak', 'common'] as const)
    if (alias[flag] !== undefined && typeof alias[flag] !== 'boolean')
      report(`aliases[${i}].${flag} must be true or false`);
  if (alias.common !== true && isCommonWordAlias(alias.text, ctx.commonWords))
    report(
      `alias "${alias.text}" is a common English word: mark it { "text": "${alias.text}", "common": true }`,
    );
  return {
    text: alias.text,
    ...(alias.weak === true ? { weak: true } : {}),
    ...(alias.common === true ? { common: true } : {}),
  };
}

function checkAliases(value: unknown, ctx: ValidationContext, report: Report): Alias[] {
  if (!Array.isArray(value)) {
    report('"aliases" must be a list');
    return [];
  }
  return value.map((a, i) => checkAlias(a, i, ctx, report)).filter((a): a is Alias => a !== null);
}

function checkFact(value: unknown, i: number, report: Report): Fact | null {
  if (!isRecord(value)) return (report(`facts[${i}] must be an object`), null);
  const { key, value: v, since } = value;
  if (typeof key !== 'string' || !(FACT_KEYS as readonly string[]).includes(key)) {
    report(`facts[${i}] has unknown fact key ${JSON.stringify(key)} (known: ${FACT_KEYS.join(', ')})`);
    return null;
  }
  if (typeof v !== 'string' && typeof v !== 'number')
    return (report(`facts[${i}] (${key}) needs a string or number value`), null);
  if (DATE_FACTS.has(key) && !isIsoDate(v))
    report(`facts[${i}] (${key}) value ${JSON.stringify(v)} is not an ISO date`);
  if (since !== undefined && !isIsoDate(since))
    report(`facts[${i}] (${key}) since ${JSON.stringify(since)} is not an ISO date`);
  const extra = Object.keys(value).filter((k) => !['key', 'value', 'since'].includes(k));
  if (extra.length > 0) report(`facts[${i}] has unknown field(s) ${extra.join(', ')}`);
  return { key: key as Fact['key'], value: v, ...(typeof since === 'string' ? { since } : {}) };
}

function checkFacts(value: unknown, report: Report): Fact[] {
  if (!Array.isArray(value)) return (report('"facts" must be a list'), []);
  return value.map((f, i) => checkFact(f, i, report)).filter((f): f is Fact => f !== null);
}

function checkDescription(d: unknown, report: Report): void {
  if (typeof d !== 'string' || d.trim() === '') report('"description" must be a non-empty string');
  else if (d.length > MAX_DESCRIPTION)
    report(`"description" is ${d.length} characters long (at most ${MAX_DESCRIPTION})`);
  else if (/[\n\r]/.test(d) || (d.endsWith('.') && !ABBREVIATION_END.test(d)))
    report('"description" must be one line without a final full stop');
}

// Each check runs only when the field is there: a missing field is reported once, as missing.
const SCALAR_CHECKS: Readonly<Record<string, (value: unknown, report: Report) => void>> = {
  id: (v, r) =>
    (typeof v !== 'string' || !ID.test(v)) && r('"id" must be lower-case ASCII words joined by hyphens'),
  type: (v, r) =>
    !(ENTITY_TYPES as readonly unknown[]).includes(v) &&
    r(`"type" must be one of ${ENTITY_TYPES.join(', ')}, not ${JSON.stringify(v)}`),
  name: (v, r) => (typeof v !== 'string' || v.trim() === '') && r('"name" must be a non-empty string'),
  description: checkDescription,
  wikipedia: (v, r) =>
    v !== null &&
    (typeof v !== 'string' || v.includes('_')) &&
    r('"wikipedia" must be a title with spaces, or null'),
  priority: (v, r) => ![1, 2, 3].includes(v as number) && r('"priority" must be 1, 2 or 3'),
  asOf: (v, r) => !isIsoDate(v) && r(`"asOf" ${JSON.stringify(v)} is not an ISO date`),
};

function checkScalars(entry: Json, report: Report): void {
  for (const [key, check] of Object.entries(SCALAR_CHECKS)) if (key in entry) check(entry[key], report);
}

/** Validates one entry; problems are reported as "file: entry <id>: problem". */
export function validateEntry(
  entry: unknown,
  place: EntryPlace,
  ctx: ValidationContext,
): NewsCoreEntry | null {
  const { file, index, fileAsOf } = place;
  const { errors } = ctx;
  const label = isRecord(entry) && typeof entry.id === 'string' ? `entry ${entry.id}` : `entries[${index}]`;
  const before = errors.length;
  const report: Report = (problem) => void errors.push(`${file}: ${label}: ${problem}`);
  if (!isRecord(entry)) return (report('must be an object'), null);
  for (const key of REQUIRED) if (!(key in entry)) report(`missing field "${key}"`);
  const unknown = Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k));
  if (unknown.length > 0) report(`unknown field(s) ${unknown.join(', ')}`);
  checkScalars(entry, report);
  const aliases = checkAliases(entry.aliases ?? [], ctx, report);
  const facts = checkFacts(entry.facts ?? [], report);
  if (typeof entry.id === 'string') {
    const first = ctx.seenIds.get(entry.id);
    if (first !== undefined) report(`duplicate id (first used in ${first})`);
    else ctx.seenIds.set(entry.id, file);
  }
  if (errors.length > before) return null;
  const e = entry as unknown as NewsCoreEntry;
  return { ...e, aliases, facts, asOf: typeof entry.asOf === 'string' ? entry.asOf : fileAsOf };
}

/** Validates one news-core file; returns its valid entries and appends every problem to errors. */
export function validateFile(file: string, json: unknown, ctx: ValidationContext): NewsCoreEntry[] {
  const { errors } = ctx;
  if (!isRecord(json)) return (errors.push(`${file}: the file must hold a JSON object`), []);
  if (typeof json.domain !== 'string' || json.domain === '') errors.push(`${file}: missing field "domain"`);
  if (!isIsoDate(json.asOf)) errors.push(`${file}: "asOf" ${JSON.stringify(json.asOf)} is not an ISO date`);
  if (!Array.isArray(json.entries)) return (errors.push(`${file}: "entries" must be a list`), []);
  const asOf = typeof json.asOf === 'string' ? json.asOf : '';
  return json.entries
    .map((entry, index) => validateEntry(entry, { file, index, fileAsOf: asOf }, ctx))
    .filter((e): e is NewsCoreEntry => e !== null);
}
