import { parseCsv } from './csv';
import type { CsvRow } from './csv';
import { parseJsonLines } from './json-lines';
import type { EntryContext, PackEntry, PackProblem } from './pack-entry';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  readAliases,
  readFacts,
  readPriority,
  readText,
  readType,
  readWikipedia,
  report,
  shown,
} from './pack-entry';

export type { PackEntry, PackProblem, PackProblemCode } from './pack-entry';

/** A reader's knowledge pack: the JSON import format, also what export writes. */
export interface Pack {
  name: string;
  licence?: string;
  url?: string;
  /** ISO date the pack's facts hold as of; the import date when absent. */
  asOf?: string;
  entries: PackEntry[];
}

export type PackParse = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Larger packs would slow every background start; the store itself is about 13 MB for 43,000 entries. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_ENTRIES = 20_000;
/** After this many, one more problem says how many were left out: a wrong file lists thousands. */
export const MAX_PROBLEMS = 50;

const ENTRY_FIELDS = [
  'id',
  'name',
  'type',
  'description',
  'aliases',
  'facts',
  'wikipedia',
  'link',
  'priority',
  'asOf',
];
const CSV_COLUMNS = ['name', 'type', 'description', 'aliases', 'facts', 'link', 'wikipedia', 'priority'];

/** Checks one entry given as an object; null when anything in it is wrong (the problems say what). */
export function readEntry(ctx: EntryContext, record: Record<string, unknown>): PackEntry | null {
  const before = ctx.problems.length;
  for (const field of Object.keys(record))
    if (!ENTRY_FIELDS.includes(field))
      report(ctx, field, 'UnknownField', shown(field), ENTRY_FIELDS.join(', '));
  const name = readText(ctx, 'name', record.name, MAX_NAME_LENGTH);
  if (name === '') report(ctx, 'name', 'MissingName');
  const type = readType(ctx, record.type);
  const description = readText(ctx, 'description', record.description, MAX_DESCRIPTION_LENGTH);
  const aliases = readAliases(ctx, record.aliases);
  const facts = readFacts(ctx, record.facts);
  // Both are read, so a bad link is reported even beside a good title.
  const title = readWikipedia(ctx, 'wikipedia', record.wikipedia);
  const link = readWikipedia(ctx, 'link', record.link);
  const wikipedia = title ?? link;
  const priority = readPriority(ctx, record.priority);
  if (ctx.problems.length > before || !name || !type || description === null) return null;
  return { name, type, description, aliases, facts, wikipedia, ...(priority ? { priority } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(line: number | null, code: PackProblem['code'], ...args: string[]): PackProblem {
  return { line, code, args };
}

function finish(
  name: string,
  meta: Omit<Pack, 'name' | 'entries'>,
  entries: PackEntry[],
  problems: PackProblem[],
) {
  if (problems.length === 0 && entries.length === 0) problems.push(problem(null, 'NoEntries'));
  if (entries.length > MAX_PACK_ENTRIES)
    problems.unshift(problem(null, 'TooManyEntries', String(entries.length), String(MAX_PACK_ENTRIES)));
  if (problems.length > 0) return { ok: false as const, problems: capProblems(problems) };
  return { ok: true as const, pack: { name, ...meta, entries } };
}

function capProblems(problems: PackProblem[]): PackProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    problem(null, 'TooManyProblems', String(problems.length - MAX_PROBLEMS)),
  ];
}

/** A pack's licence, source address (https only) and date, each kept only when well formed. */
export function optionalMeta(json: Record<string, unknown>): Omit<Pack, 'name' | 'entries'> {
  const meta: Omit<Pack, 'name' | 'entries'> = {};
  if (typeof json.licence === 'string' && json.licence.length <= 100) meta.licence = json.licence.trim();
  if (typeof json.url === 'string' && /^https:\/\/\S{1,300}$/.test(json.url)) meta.url = json.url;
  if (typeof json.asOf === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(json.asOf)) meta.asOf = json.asOf;
  return meta;
}

/** A pack nests five deep (pack, entries, entry, facts, fact); this leaves room and no more. */
const MAX_JSON_DEPTH = 20;

/**
 * The line where the JSON first nests deeper than MAX_JSON_DEPTH, or null. Checked before parsing,
 * so that a hostile file is refused with its line instead of exhausting the parser's stack.
 */
export function tooDeepAt(text: string): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      line += 1;
      inString = false; // the parser ends there too, with "a string is not closed"
    } else if (inString) {
      if (char === '\\') i += text[i + 1] === '\n' ? 0 : 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return line;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return null;
}

/** A JSON pack: `{ name, entries: [...] }` with entries in the news core's format. */
export function parseJsonPack(text: string): PackParse {
  const deep = tooDeepAt(text);
  if (deep !== null)
    return {
      ok: false,
      problems: [problem(deep, 'Syntax', `the JSON nests more than ${MAX_JSON_DEPTH} levels deep`)],
    };
  const parsed = parseJsonLines(text);
  if (!parsed.ok) return { ok: false, problems: [problem(parsed.line, 'Syntax', parsed.message)] };
  const { value, lineOf } = parsed.json;
  if (!isRecord(value) || !Array.isArray(value.entries))
    return { ok: false, problems: [problem(isRecord(value) ? (lineOf(value) ?? 1) : 1, 'NotPack')] };
  const problems: PackProblem[] = [];
  const name = typeof value.name === 'string' ? value.name.replace(/\s+/g, ' ').trim() : '';
  if (name === '' || name.length > 100)
    problems.push(problem(lineOf(value, 'name') ?? lineOf(value) ?? 1, 'NoPackName'));
  const entries: PackEntry[] = [];
  for (const [index, item] of value.entries.entries()) {
    if (!isRecord(item)) {
      const line = lineOf(value.entries, String(index)) ?? lineOf(value, 'entries') ?? 1;
      problems.push(problem(line, 'EntryNotObject'));
      continue;
    }
    const at = (field?: string) =>
      (field === undefined ? undefined : lineOf(item, field)) ?? lineOf(item) ?? null;
    const entry = readEntry({ at, problems }, item);
    if (entry) entries.push(entry);
  }
  return finish(name, optionalMeta(value), entries, problems);
}

/** The CSV header's columns, or problems (unknown, repeated or missing columns) on line 1. */
function readHeader(row: CsvRow | undefined): { columns: string[] } | { problems: PackProblem[] } {
  const columns = (row?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  const problems: PackProblem[] = [];
  columns.forEach((column, i) => {
    if (!CSV_COLUMNS.includes(column))
      problems.push(problem(row?.line ?? 1, 'CsvColumn', shown(column), CSV_COLUMNS.join(', ')));
    // A second column of a name would silently win over the first, cell by cell.
    else if (columns.indexOf(column) !== i)
      problems.push(problem(row?.line ?? 1, 'CsvDuplicateColumn', column));
  });
  for (const column of ['name', 'type'])
    if (!columns.includes(column)) problems.push(problem(row?.line ?? 1, 'CsvMissingColumn', column));
  // A file that is not CSV at all has a "header" of thousands of unknown columns.
  return problems.length > 0 ? { problems: capProblems(problems) } : { columns };
}

/** A CSV pack: a header row naming the columns (name, type, description, aliases, facts, link), one entry a row. */
export function parseCsvPack(text: string, name: string): PackParse {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [problem(parsed.line, 'Syntax', parsed.message)] };
  const [head, ...rows] = parsed.rows;
  const header = readHeader(head);
  if ('problems' in header) return { ok: false, problems: header.problems };
  const problems: PackProblem[] = [];
  const entries: PackEntry[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.columns.length) {
      problems.push(
        problem(row.line, 'CsvFieldCount', String(row.cells.length), String(header.columns.length)),
      );
      continue;
    }
    const record: Record<string, unknown> = {};
    header.columns.forEach((column, i) => {
      const cell = row.cells[i]?.trim() ?? '';
      if (cell !== '') record[column] = column === 'facts' ? csvFacts(cell) : cell;
    });
    const entry = readEntry({ at: () => row.line, problems }, record);
    if (entry) entries.push(entry);
  }
  return finish(name, {}, entries, problems);
}

/**
 * `key=value; key=value` as a list of facts; a part without "=" becomes a fact with no value
 * (reported). A list, not an object: `facts["__proto__"] = ...` would set no fact and so report nothing.
 */
function csvFacts(cell: string): { key: string; value: string }[] {
  return cell
    .split(';')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return {
        key: (eq < 0 ? part : part.slice(0, eq)).trim(),
        value: eq < 0 ? '' : part.slice(eq + 1).trim(),
      };
    });
}

/** The pack name a CSV file gets: its file name without the extension. */
export function packNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return base.replace(/[_-]+/g, ' ').trim().slice(0, 100);
}

/** Reads a pack file: JSON when it looks like JSON (or is named .json), else CSV. Never throws. */
export function parsePack(text: string, fileName: string): PackParse {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_PACK_BYTES)
    return {
      ok: false,
      problems: [
        problem(
          null,
          'TooLarge',
          String(Math.ceil(bytes / 1024 / 1024)),
          String(MAX_PACK_BYTES / 1024 / 1024),
        ),
      ],
    };
  const json = /\.json$/i.test(fileName) || /^\ufeff?\s*[{[]/.test(text);
  return json ? parseJsonPack(text) : parseCsvPack(text, packNameFromFile(fileName) || fileName);
}

/** The JSON a pack is exported as: the import format, so an export imports back unchanged. */
export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
