/**
 * One file with everything the reader set: settings with site lists and hidden names, remembered
 * "Not this?" choices and knowledge packs. Export writes it; import checks all of it before anything
 * is stored, so a wrong file changes nothing, and says what is wrong, with the line, in codes the
 * options page words in the reader's language.
 */
import { parseJsonLines } from './json-lines';
import type { JsonLines } from './json-lines';
import { normalizeKey } from './normalize';
import type { PackEntry, PackProblem } from './pack-entry';
import { shown } from './pack-entry';
import type { Pack } from './pack-parse';
import { MAX_PACK_ENTRIES, readEntry, tooDeepAt } from './pack-parse';
import type { Settings } from './settings';
import { checkSettings, cleanHostname } from './settings';
import type { EntityType } from './types';
import { isEntityType } from './types';

export const BACKUP_FORMAT = 'gloss-settings';
export const BACKUP_VERSION = 1;
/** Packs are at most a few megabytes each (storage.local holds 10 MB in Chrome); this leaves room. */
export const MAX_BACKUP_BYTES = 30 * 1024 * 1024;
const MAX_PROBLEMS = 30;

/** A remembered "Not this?" choice: on that site, that name means this entity. */
export interface BackupChoice {
  id: string;
  name: string;
  type: EntityType;
}

/** Choices by hostname, then by the name's key (`normalizeKey` of the text as written on the page). */
export type BackupChoices = Record<string, Record<string, BackupChoice>>;

export interface SettingsBackup {
  settings: Settings;
  choices: BackupChoices;
  packs: Pack[];
}

export const BACKUP_PROBLEM_CODES = [
  'TooLarge',
  'Syntax',
  'NotBackup',
  'NewerVersion',
  'BadSetting',
  'BadSettingEntry',
  'BadChoices',
  'BadChoiceSite',
  'BadChoice',
  'BadPacks',
  'BadPackName',
  'NoPackEntries',
  'TooManyProblems',
  'TooManyPacks',
  'StorageFull',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

/** What is wrong with a file: a problem of the file, or one of a pack in it (worded as a pack file's). */
export type BackupProblem =
  | { kind: 'backup'; line: number | null; code: BackupProblemCode; args: string[] }
  | { kind: 'pack'; pack: string; problem: PackProblem };

export type BackupParse = { ok: true; backup: SettingsBackup } | { ok: false; problems: BackupProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fileProblem(
  line: number | null | undefined,
  code: BackupProblemCode,
  ...args: string[]
): BackupProblem {
  return { kind: 'backup', line: line ?? null, code, args };
}

/** The file's text: the format's name and version first, so a reader opening it sees what it is. */
export function backupToJson(backup: SettingsBackup, exportedAt: Date): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...backup,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function readSettingsPart(
  json: JsonLines,
  file: Record<string, unknown>,
  problems: BackupProblem[],
): Settings {
  const value = file.settings;
  if (!isRecord(value)) {
    problems.push(fileProblem(json.lineOf(file, 'settings') ?? 1, 'BadSetting', 'settings'));
    return checkSettings(undefined).settings;
  }
  const { settings, issues } = checkSettings(value);
  for (const issue of issues) {
    const line = json.lineOf(value, issue.field.split('.')[0] ?? '') ?? json.lineOf(value);
    problems.push(
      issue.entry === undefined
        ? fileProblem(line, 'BadSetting', issue.field)
        : fileProblem(line, 'BadSettingEntry', issue.field, issue.entry),
    );
  }
  return settings;
}

function readChoice(value: unknown): BackupChoice | null {
  if (!isRecord(value) || !isEntityType(value.type)) return null;
  const { id, name } = value;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return null;
  if (typeof name !== 'string' || name.length > 200) return null;
  return { id, name, type: value.type };
}

function readChoicesPart(
  json: JsonLines,
  file: Record<string, unknown>,
  problems: BackupProblem[],
): BackupChoices {
  const value = file.choices ?? {};
  const choices: BackupChoices = {};
  if (!isRecord(value)) {
    problems.push(fileProblem(json.lineOf(file, 'choices') ?? 1, 'BadChoices'));
    return choices;
  }
  for (const [site, names] of Object.entries(value)) {
    const host = cleanHostname(site);
    if (!host || !isRecord(names)) {
      problems.push(fileProblem(json.lineOf(value, site), 'BadChoiceSite', shown(site)));
      continue;
    }
    const kept: Record<string, BackupChoice> = (choices[host] ??= {});
    for (const [name, entry] of Object.entries(names)) {
      const key = normalizeKey(name);
      const choice = readChoice(entry);
      if (key !== '' && key.length <= 200 && choice) kept[key] = choice;
      else problems.push(fileProblem(json.lineOf(names, name), 'BadChoice', host, shown(name)));
    }
  }
  return choices;
}

interface PackAt {
  json: JsonLines;
  /** The line the pack starts on in the file. */
  line: number | undefined;
  /** Its place in the file's list (1-based), to name a pack that has no name. */
  index: number;
}

function readPack({ json, line, index }: PackAt, value: unknown, problems: BackupProblem[]): Pack | null {
  if (!isRecord(value)) {
    problems.push(fileProblem(line, 'BadPackName', String(index)));
    return null;
  }
  const name = typeof value.name === 'string' ? value.name.replace(/\s+/g, ' ').trim() : '';
  if (name === '' || name.length > 100) {
    problems.push(fileProblem(json.lineOf(value, 'name') ?? line, 'BadPackName', String(index)));
    return null;
  }
  if (
    !Array.isArray(value.entries) ||
    value.entries.length === 0 ||
    value.entries.length > MAX_PACK_ENTRIES
  ) {
    problems.push(fileProblem(json.lineOf(value, 'entries') ?? json.lineOf(value), 'NoPackEntries', name));
    return null;
  }
  const found: PackProblem[] = [];
  const entries: PackEntry[] = [];
  for (const item of value.entries) {
    const at = (field?: string) =>
      (isRecord(item) && field !== undefined ? json.lineOf(item, field) : undefined) ??
      (isRecord(item) ? json.lineOf(item) : undefined) ??
      null;
    const entry = isRecord(item) ? readEntry({ at, problems: found }, item) : null;
    if (!isRecord(item)) found.push({ line: at(), code: 'EntryNotObject', args: [] });
    if (entry) entries.push(entry);
  }
  problems.push(...found.map((problem) => ({ kind: 'pack' as const, pack: name, problem })));
  const pack: Pack = { name, entries };
  // The optional facts about the pack, as the pack export writes them; anything else is left out.
  if (typeof value.licence === 'string' && value.licence.length <= 100) pack.licence = value.licence.trim();
  if (typeof value.url === 'string' && /^https:\/\/\S{1,300}$/.test(value.url)) pack.url = value.url;
  if (typeof value.asOf === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.asOf)) pack.asOf = value.asOf;
  return pack;
}

function readPacksPart(json: JsonLines, file: Record<string, unknown>, problems: BackupProblem[]): Pack[] {
  const value = file.packs ?? [];
  if (!Array.isArray(value)) {
    problems.push(fileProblem(json.lineOf(file, 'packs') ?? 1, 'BadPacks'));
    return [];
  }
  return value.flatMap(
    (item, i) => readPack({ json, line: json.lineOf(value, String(i)), index: i + 1 }, item, problems) ?? [],
  );
}

function lineOf(problem: BackupProblem): number {
  return (problem.kind === 'pack' ? problem.problem.line : problem.line) ?? 0;
}

/** The problems in the file's order (as the reader will go through it), at most MAX_PROBLEMS of them. */
function capped(found: BackupProblem[]): BackupProblem[] {
  const problems = found.map((problem, i) => ({ problem, i }));
  problems.sort((a, b) => lineOf(a.problem) - lineOf(b.problem) || a.i - b.i);
  if (problems.length <= MAX_PROBLEMS) return problems.map((entry) => entry.problem);
  const more = String(problems.length - MAX_PROBLEMS);
  const kept = problems.slice(0, MAX_PROBLEMS).map((entry) => entry.problem);
  return [...kept, fileProblem(null, 'TooManyProblems', more)];
}

/** Reads a settings file; any problem anywhere rejects the whole file (with every problem found). Never throws. */
export function parseBackup(text: string): BackupParse {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_BACKUP_BYTES) {
    const mb = (n: number) => String(Math.ceil(n / 1024 / 1024));
    return { ok: false, problems: [fileProblem(null, 'TooLarge', mb(bytes), mb(MAX_BACKUP_BYTES))] };
  }
  // A hostile file nested thousands deep would overflow the parser's stack: refuse it first.
  const deep = tooDeepAt(text);
  if (deep !== null) return { ok: false, problems: [fileProblem(deep, 'Syntax', 'the JSON nests too deep')] };
  const parsed = parseJsonLines(text.replace(/^\ufeff/, ''));
  if (!parsed.ok) return { ok: false, problems: [fileProblem(parsed.line, 'Syntax', parsed.message)] };
  const { json } = parsed;
  const file = json.value;
  if (!isRecord(file) || file.format !== BACKUP_FORMAT)
    return { ok: false, problems: [fileProblem(isRecord(file) ? json.lineOf(file) : 1, 'NotBackup')] };
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION)
    return {
      ok: false,
      problems: [fileProblem(json.lineOf(file, 'version') ?? 1, 'NewerVersion', shown(file.version))],
    };
  const problems: BackupProblem[] = [];
  const backup: SettingsBackup = {
    settings: readSettingsPart(json, file, problems),
    choices: readChoicesPart(json, file, problems),
    packs: readPacksPart(json, file, problems),
  };
  return problems.length > 0 ? { ok: false, problems: capped(problems) } : { ok: true, backup };
}

function union(kept: readonly string[], added: readonly string[], key: (item: string) => string): string[] {
  const seen = new Set(kept.map(key));
  const fresh = added.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
  return [...kept, ...fresh];
}

/** A pack as compared across browsers: its name and entries (the id and import date are each browser's). */
function packFingerprint(pack: Pack): string {
  return JSON.stringify([pack.name, pack.entries]);
}

/**
 * What an import stores: the file's settings (its switches, delay, theme...), and the reader's own
 * site lists, hidden names and choices with the file's added, and the file's packs not held already.
 * Nothing the reader has is removed: importing an older file never forgets a site added since.
 */
export function mergeBackup(
  current: SettingsBackup,
  imported: SettingsBackup,
): { settings: Settings; choices: BackupChoices; newPacks: Pack[] } {
  const same = (item: string) => item;
  const settings: Settings = {
    ...imported.settings,
    types: { ...imported.settings.types },
    disabledSites: union(current.settings.disabledSites, imported.settings.disabledSites, same),
    enabledSites: union(current.settings.enabledSites, imported.settings.enabledSites, same),
    hiddenNames: union(current.settings.hiddenNames, imported.settings.hiddenNames, normalizeKey),
  };
  const choices: BackupChoices = { ...current.choices };
  for (const [site, names] of Object.entries(imported.choices))
    choices[site] = { ...current.choices[site], ...names };
  const held = new Set(current.packs.map(packFingerprint));
  const newPacks = imported.packs.filter((pack) => {
    const print = packFingerprint(pack);
    return !held.has(print) && held.add(print);
  });
  return { settings, choices, newPacks };
}

/** What an import changes, as counts for the reader. */
export interface RestoreSummary {
  sites: number;
  hiddenNames: number;
  choices: number;
  packs: number;
}

export type RestoreResult = { ok: true; summary: RestoreSummary } | { ok: false; problems: BackupProblem[] };

/** Where the reader's things are kept; the options page gives the browser's storage, tests a fake. */
export interface BackupStore {
  load: () => Promise<SettingsBackup>;
  /** Stores packs first (the likeliest to fail, on quota), then choices and settings; on failure, undoes what it stored. */
  save: (
    merged: ReturnType<typeof mergeBackup>,
  ) => Promise<{ ok: true } | { ok: false; reason: 'tooManyPacks' | 'storage' }>;
}

function countChoices(choices: BackupChoices): number {
  return Object.values(choices).reduce((sum, names) => sum + Object.keys(names).length, 0);
}

/** Imports a settings file: checks it whole, then merges it into what is stored; a wrong file stores nothing. */
export async function restoreBackup(text: string, store: BackupStore): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const current = await store.load();
  const merged = mergeBackup(current, parsed.backup);
  const saved = await store.save(merged);
  if (!saved.ok)
    return {
      ok: false,
      problems: [fileProblem(null, saved.reason === 'tooManyPacks' ? 'TooManyPacks' : 'StorageFull')],
    };
  const sites = (s: Settings) => s.disabledSites.length + s.enabledSites.length;
  return {
    ok: true,
    summary: {
      sites: sites(merged.settings) - sites(current.settings),
      hiddenNames: merged.settings.hiddenNames.length - current.settings.hiddenNames.length,
      choices: countChoices(merged.choices) - countChoices(current.choices),
      packs: merged.newPacks.length,
    },
  };
}
