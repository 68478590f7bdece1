import type { Alias, EntityType, Fact, FactKey } from './types';
import { ENTITY_TYPES, FACT_KEYS, isEntityType } from './types';

/** One entry of a reader's knowledge pack, checked and normalised (the shape stored and exported). */
export interface PackEntry {
  name: string;
  type: EntityType;
  description: string;
  aliases: Alias[];
  facts: Fact[];
  /** English Wikipedia title, or null. */
  wikipedia: string | null;
  /** 1 (often in the news) to 3, as in the news core; ranks it among entities sharing a name. */
  priority?: 1 | 2 | 3;
}

/** What can be wrong with a pack; each code has a message `packError<Code>` in _locales. */
export const PACK_PROBLEM_CODES = [
  'TooLarge',
  'TooManyEntries',
  'Syntax',
  'NotPack',
  'NoPackName',
  'NoEntries',
  'EntryNotObject',
  'UnknownField',
  'MissingName',
  'BadType',
  'BadText',
  'BadAlias',
  'BadFacts',
  'BadFactKey',
  'BadFactValue',
  'BadDate',
  'BadLink',
  'BadPriority',
  'CsvColumn',
  'CsvMissingColumn',
  'CsvDuplicateColumn',
  'CsvFieldCount',
  'TooManyProblems',
  'TooManyPacks',
  'StorageFull',
] as const;
export type PackProblemCode = (typeof PACK_PROBLEM_CODES)[number];

/** One problem, with the line (1-based) it is on when it has one. */
export interface PackProblem {
  line: number | null;
  code: PackProblemCode;
  args: string[];
}

export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 500;
const DATE_FACTS: ReadonlySet<FactKey> = new Set(['born', 'died', 'founded']);
const NUMBER_FACTS: ReadonlySet<FactKey> = new Set(['population', 'gdp']);
const ISO_DATE = /^-?\d{1,6}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** US spelling and a few obvious words, so a pack written elsewhere needs no editing. */
const TYPE_SYNONYMS: Readonly<Record<string, EntityType>> = {
  organization: 'organisation',
  org: 'organisation',
  company: 'organisation',
  people: 'person',
  location: 'place',
};

/** Collects problems for one entry; `at(field)` says which line a field is on. */
export interface EntryContext {
  at: (field?: string) => number | null;
  problems: PackProblem[];
}

/** Longest quote of a file's value in a message: a wrong file can hold megabytes in one field. */
const MAX_SHOWN = 80;

/**
 * A value as a problem's message quotes it: text as it is, anything else as JSON, cut short. Never
 * String(value), which throws for an object whose toString is not a function ({"toString": 1}).
 */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** Control characters other than white space: no name or description holds them, a damaged file does. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

export function report(
  ctx: EntryContext,
  field: string | undefined,
  code: PackProblemCode,
  ...args: string[]
) {
  ctx.problems.push({ line: ctx.at(field), code, args });
}

export function readType(ctx: EntryContext, value: unknown): EntityType | null {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  // hasOwn, so that "constructor" or "__proto__" does not find what every object inherits.
  const type = Object.hasOwn(TYPE_SYNONYMS, text) ? TYPE_SYNONYMS[text] : text;
  if (isEntityType(type)) return type;
  report(ctx, 'type', 'BadType', shown(value ?? ''), ENTITY_TYPES.join(', '));
  return null;
}

/** A one-line text of at most `max` characters; `undefined`/empty give '' when optional. */
export function readText(ctx: EntryContext, field: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' || value.length > max || CONTROL.test(value)) {
    report(ctx, field, 'BadText', field, String(max));
    return null;
  }
  return value.replace(/\s+/g, ' ').trim();
}

function readAlias(ctx: EntryContext, value: unknown): Alias | null {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  const text = typeof value === 'string' ? value : record?.text;
  const weak = record?.weak;
  const common = record?.common;
  if (
    typeof text !== 'string' ||
    text.trim() === '' ||
    text.length > MAX_NAME_LENGTH ||
    CONTROL.test(text) ||
    (weak !== undefined && typeof weak !== 'boolean') ||
    (common !== undefined && typeof common !== 'boolean')
  ) {
    report(ctx, 'aliases', 'BadAlias', shown(value));
    return null;
  }
  const alias: Alias = { text: text.replace(/\s+/g, ' ').trim() };
  if (weak === true) alias.weak = true;
  if (common === true) alias.common = true;
  return alias;
}

/** Aliases from a list (JSON) or from text split on `;` or `|` (CSV); duplicates dropped. */
export function readAliases(ctx: EntryContext, value: unknown): Alias[] {
  if (value === undefined || value === null || value === '') return [];
  const items = typeof value === 'string' ? value.split(/[;|]/).filter((part) => part.trim() !== '') : value;
  if (!Array.isArray(items)) {
    report(ctx, 'aliases', 'BadAlias', shown(value));
    return [];
  }
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  for (const item of items) {
    const alias = readAlias(ctx, item);
    if (alias && !seen.has(alias.text)) {
      seen.add(alias.text);
      aliases.push(alias);
    }
  }
  return aliases;
}

function isFactKey(value: unknown): value is FactKey {
  return typeof value === 'string' && (FACT_KEYS as readonly string[]).includes(value);
}

/** One fact, with dates checked as ISO and population/GDP as numbers. */
export function readFact(ctx: EntryContext, key: unknown, value: unknown, since?: unknown): Fact | null {
  if (!isFactKey(key)) {
    report(ctx, 'facts', 'BadFactKey', shown(key), FACT_KEYS.join(', '));
    return null;
  }
  const raw = typeof value === 'number' ? value : typeof value === 'string' ? value.trim() : null;
  if (
    raw === null ||
    raw === '' ||
    (typeof raw === 'string' && (raw.length > MAX_NAME_LENGTH || CONTROL.test(raw)))
  ) {
    report(ctx, 'facts', 'BadFactValue', key);
    return null;
  }
  if (DATE_FACTS.has(key) && !ISO_DATE.test(String(raw))) {
    report(ctx, 'facts', 'BadDate', key, shown(raw));
    return null;
  }
  if (since !== undefined && !(typeof since === 'string' && ISO_DATE.test(since))) {
    report(ctx, 'facts', 'BadDate', `${key} since`, shown(since));
    return null;
  }
  const number = NUMBER_FACTS.has(key) ? Number(String(raw).replace(/[,\s_]/g, '')) : NaN;
  if (NUMBER_FACTS.has(key) && !(Number.isFinite(number) && number >= 0)) {
    report(ctx, 'facts', 'BadFactValue', key);
    return null;
  }
  const fact: Fact = { key, value: NUMBER_FACTS.has(key) ? number : raw };
  if (typeof since === 'string') fact.since = since;
  return fact;
}

/** Facts as the news core writes them (a list of {key, value, since}) or as an object {key: value}. */
export function readFacts(ctx: EntryContext, value: unknown): Fact[] {
  if (value === undefined || value === null) return [];
  const pairs: [unknown, unknown, unknown][] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
      pairs.push([record.key, record.value, record.since]);
    }
  } else if (typeof value === 'object') {
    for (const [key, fact] of Object.entries(value)) pairs.push([key, fact, undefined]);
  } else {
    report(ctx, 'facts', 'BadFacts');
    return [];
  }
  return pairs.flatMap(([key, fact, since]) => readFact(ctx, key, fact, since) ?? []);
}

const WIKIPEDIA_URL = /^https?:\/\/en\.(?:m\.)?wikipedia\.org\/wiki\/([^?#]+)/i;
/**
 * A title that starts like an address of another kind is surely a link that is not Wikipedia's. The
 * card only ever links to https://en.wikipedia.org/wiki/<the title, escaped>, so such a title could
 * not run anyway; it is refused so that no pack can even try. It is read as a browser reads an
 * address: tabs and line breaks anywhere ("java\tscript:") and leading spaces or controls ignored.
 */
const OTHER_ADDRESS =
  /^(?:javascript|vbscript|data|blob|file|filesystem|about|mailto|ftp|https?|wss?|view-source|chrome|chrome-extension|moz-extension|resource):/i;

/** A title as the card will link to it, or null when it cannot be one. */
function wikipediaTitle(text: string): string | null {
  const title = text.replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex -- as the URL parser, which strips leading controls
  const asAddress = text.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (title === '' || title.length > 250 || title.includes('://') || CONTROL.test(title)) return null;
  return OTHER_ADDRESS.test(asAddress) ? null : title;
}

/** A Wikipedia title from a title or an English Wikipedia address; other addresses are refused. */
export function readWikipedia(ctx: EntryContext, field: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = typeof value === 'string' ? value.trim() : '';
  const url = WIKIPEDIA_URL.exec(text);
  let title: string | null = null;
  try {
    // Checked again as a title, so that what is stored reads back the same on the next load.
    title = wikipediaTitle(url?.[1] ? decodeURIComponent(url[1]).replace(/_/g, ' ') : text);
  } catch {
    // A malformed %-escape: reported below like any other bad link.
  }
  if (title !== null) return title;
  report(ctx, field, 'BadLink', shown(value));
  return null;
}

export function readPriority(ctx: EntryContext, value: unknown): 1 | 2 | 3 | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (number === 1 || number === 2 || number === 3) return number;
  report(ctx, 'priority', 'BadPriority', shown(value));
  return undefined;
}
