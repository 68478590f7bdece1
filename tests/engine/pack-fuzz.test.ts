/**
 * Issue 6, point 5: the knowledge-pack importer under thousands of malformed files (seeded, so a
 * failure reproduces from the seed and the case number). It never throws; every problem names its
 * line (or is about the whole file) and says what was wrong in a readable message; a pack with any
 * problem is refused whole (docs/knowledge-packs.md); what it accepts survives storage and export
 * unchanged; and no file can pollute a prototype.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackProblem, PackProblemCode } from '@/engine/pack-entry';
import { PACK_PROBLEM_CODES } from '@/engine/pack-entry';
import type { Pack } from '@/engine/pack-parse';
import { MAX_PACK_ENTRIES, MAX_PROBLEMS, packToJson, parsePack, readEntry } from '@/engine/pack-parse';
import { packEntities } from '@/engine/store-packs';
import { t } from '../components/locale';
import type { PackFile } from './pack-fuzz-cases';
import {
  BAD_FIELD_VALUES,
  HOSTILE_TEXT,
  jsonPackText,
  randomPackFile,
  seededRng,
  validEntry,
} from './pack-fuzz-cases';

const SEED = 20261128;
const FILES = 2500;

/** Problems about the whole file rather than a place in it. */
const WHOLE_FILE: ReadonlySet<PackProblemCode> = new Set([
  'TooLarge',
  'TooManyEntries',
  'NoEntries',
  'TooManyProblems',
]);

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** What is wrong with a refusal, or null: each problem known, on a line of the file, and readable. */
function checkProblems(problems: PackProblem[], text: string): string | null {
  if (problems.length === 0 || problems.length > MAX_PROBLEMS + 1) return `${problems.length} problems`;
  for (const problem of problems) {
    if (!PACK_PROBLEM_CODES.includes(problem.code)) return `unknown code ${problem.code}`;
    if (!problem.args.every((arg) => typeof arg === 'string')) return `${problem.code}: args not text`;
    const message = t(`packError${problem.code}`, problem.args);
    if (message.trim() === '' || message.length > 400)
      return `${problem.code}: message of ${message.length} characters`;
    if (problem.line === null ? !WHOLE_FILE.has(problem.code) : !Number.isInteger(problem.line))
      return `${problem.code} (${message}) names no line`;
    if (problem.line !== null && (problem.line < 1 || problem.line > lineCount(text)))
      return `${problem.code} on line ${problem.line} of ${lineCount(text)}`;
  }
  return null;
}

/** What is wrong with an accepted pack, or null: it must come back the same from storage and from its export. */
function checkPack(pack: Pack): string | null {
  if (pack.entries.length === 0 || pack.entries.length > MAX_PACK_ENTRIES)
    return `${pack.entries.length} entries`;
  for (const entry of pack.entries) {
    const problems: PackProblem[] = [];
    // What packs-storage does with every stored entry when it loads the packs again.
    const reread = readEntry({ at: () => null, problems }, { ...entry });
    if (JSON.stringify(reread) !== JSON.stringify(entry))
      return `entry ${JSON.stringify(entry).slice(0, 200)} reads back as ${JSON.stringify(problems)}`;
  }
  const exported = parsePack(packToJson(pack), 'export.json');
  if (!exported.ok || JSON.stringify(exported.pack) !== JSON.stringify(pack))
    return 'the export does not import back the same';
  const ids = packEntities({ ...pack, id: 'fuzz', importedAt: '2026-11-28T00:00:00Z' }).map((e) => e.id);
  if (new Set(ids).size !== ids.length) return 'two entities share an id';
  return null;
}

/** Whether the file was accepted, and what is wrong with the outcome (null when nothing). */
function checkFile(file: PackFile): { ok: boolean; failure: string | null } {
  try {
    const parsed = parsePack(file.text, file.fileName);
    if (parsed.ok) return { ok: true, failure: checkPack(parsed.pack) };
    return { ok: false, failure: checkProblems(parsed.problems, file.text) };
  } catch (error) {
    return { ok: false, failure: `threw ${String(error)}` };
  }
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort().join(),
  );

describe(`knowledge-pack importer under fuzzing (seed ${SEED})`, () => {
  let before: string[];
  beforeAll(() => {
    before = prototypeKeys();
  });
  afterAll(() => {
    // No file, accepted or refused, may add anything every object inherits.
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`never throws on ${FILES} malformed files; every problem has its line and says what was wrong`, () => {
    const rng = seededRng(SEED);
    const failures: string[] = [];
    const outcomes = { ok: 0, refused: 0 };
    for (let i = 0; i < FILES && failures.length < 5; i++) {
      const file = randomPackFile(rng);
      const { ok, failure } = checkFile(file);
      if (failure)
        failures.push(`#${i} ${file.kind}: ${failure}: ${JSON.stringify(file.text.slice(0, 300))}`);
      outcomes[ok ? 'ok' : 'refused'] += 1;
    }
    expect(failures).toEqual([]);
    // The generator makes both kinds, so both checks above really ran.
    expect(outcomes.ok).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(FILES / 2);
  }, 60_000);

  it('refuses a JSON pack with one bad entry whole, naming only that entry’s lines', () => {
    const rng = seededRng(SEED + 1);
    const failures: string[] = [];
    for (const [field, values] of Object.entries(BAD_FIELD_VALUES))
      for (const value of values) {
        const entries = Array.from({ length: 4 }, () => validEntry(rng));
        const k = Math.floor(rng() * entries.length);
        Object.defineProperty(entries[k], field, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        const { text, spans } = jsonPackText([['name', 'Team']], entries);
        const parsed = parsePack(text, 'team.json');
        const [first, last] = spans[k] ?? [0, 0];
        const label = `${field} = ${JSON.stringify(value)?.slice(0, 60)}`;
        if (parsed.ok) failures.push(`${label}: accepted`);
        else if (!parsed.problems.every((p) => p.line !== null && p.line >= first && p.line <= last))
          failures.push(
            `${label}: lines ${parsed.problems.map((p) => p.line).join()} not in ${first}-${last}`,
          );
      }
    expect(failures).toEqual([]);
  });

  const HEADER = 'name,type,description,aliases,facts,link,wikipedia,priority';
  it.each([
    ['a type that is none', 'Ada,city,,,,,,'],
    ['a __proto__ fact', 'Ada,person,,,__proto__=1979,,,'],
    ['a constructor fact', 'Ada,person,,,constructor=x,,,'],
    ['a javascript: link', 'Ada,person,,,,javascript:alert(1),,'],
    ['a javascript: title', 'Ada,person,,,,,JavaScript:alert(1),'],
    ['a data: link', 'Ada,person,,,,"data:text/html,<script>alert(1)</script>",,'],
    ['a priority of 4', 'Ada,person,,,,,,4'],
    ['no name', ',person,,,,,,'],
    ['a NUL in the name', 'Ad\u0000a,person,,,,,,'],
    ['a description too long', `Ada,person,${'x'.repeat(501)},,,,,`],
    ['a field too many', 'Ada,person,,,,,,,'],
    ['an unclosed quote', 'Ada,person,"Our lead,,,,,'],
  ])('refuses a CSV pack with one bad row (%s) whole, on that row’s line', (_name, bad) => {
    const good = ['Ng Ada,person,<b>lead</b>,,,,,', 'Widget Works,organisation,,,,,,', 'Bo,other,,,,,,'];
    for (const at of [0, 3]) {
      const rows = [...good];
      rows.splice(at, 0, bad);
      const parsed = parsePack([HEADER, ...rows].join('\r\n'), 'team.csv');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.map((p) => p.line)).toEqual(parsed.problems.map(() => at + 2));
    }
  });

  it('accepts markup in every text field as plain text, unchanged', () => {
    const rng = seededRng(SEED + 2);
    for (let i = 0; i < 200; i++) {
      const entries = Array.from({ length: 3 }, () => validEntry(rng));
      const parsed = parsePack(
        jsonPackText([['name', HOSTILE_TEXT[i % HOSTILE_TEXT.length] ?? '']], entries).text,
        'p.json',
      );
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(parsed.pack.entries.map((e) => [e.name, e.description])).toEqual(
        entries.map((e) => [e.name, e.description ?? '']),
      );
      expect(checkPack(parsed.pack)).toBeNull();
    }
  });

  it('reads a 50,000-row CSV pack to the end and refuses it for its size, with the limit', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `Person ${i},person,Row ${i},P${i},born=1979,`);
    const csv = parsePack(['name,type,description,aliases,facts,link', ...rows].join('\n'), 'big.csv');
    expect(csv).toEqual({
      ok: false,
      problems: [{ line: null, code: 'TooManyEntries', args: ['50000', '20000'] }],
    });
  }, 60_000);
});
