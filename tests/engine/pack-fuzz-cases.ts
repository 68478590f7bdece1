/**
 * Malformed knowledge-pack files for the importer's fuzz test, all drawn from a seeded PRNG so a
 * failing case reproduces from its seed and index.
 */
import { int, pick, seededRng } from '../extension/fuzz-random';
import type { Rng } from '../extension/fuzz-random';

export { seededRng };
export type { Rng };

/** A file to import, and what kind of damage it carries (for the failure message). */
export interface PackFile {
  kind: string;
  text: string;
  fileName: string;
}

/** Text a reader might paste that a careless card would run as markup. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "';alert(1);//",
  '<a href="javascript:alert(1)">x</a>',
  '&lt;b&gt;bold&lt;/b&gt; &amp;',
];

/** Values of every JSON type that are wrong somewhere, and keys that would pollute a prototype. */
const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  false,
  '',
  ' ',
  '\u0000',
  '\ufeff',
  'x'.repeat(600),
  [],
  [[[]]],
  {},
  own([['toString', 1]]),
  own([['__proto__', own([['polluted', true]])]]),
  own([['constructor', own([['prototype', own([['polluted', true]])]])]]),
  ...HOSTILE_TEXT,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

/** An object with these own keys, `__proto__` included (an object literal would set the prototype instead). */
export function own(pairs: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of pairs)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const NAMES = ['Adaeze Okonkwo', 'Thistlebrook Foundry', 'Ng, Ada', 'Zoë Ångström', '東京', 'O’Brien'];
const TYPES = ['person', 'place', 'organisation', 'organization', 'event', 'other', 'Company'];

/** A valid entry in the JSON format, with text fields that may hold markup (still valid text). */
export function validEntry(rng: Rng): Record<string, unknown> {
  const text = () => (rng() < 0.3 ? pick(rng, HOSTILE_TEXT) : pick(rng, NAMES));
  const entry: Record<string, unknown> = { name: `${text()} ${int(rng, 1000)}`, type: pick(rng, TYPES) };
  if (rng() < 0.7) entry.description = text();
  if (rng() < 0.5) entry.aliases = [text(), { text: pick(rng, NAMES), weak: rng() < 0.5 }];
  if (rng() < 0.5)
    entry.facts = [
      { key: 'born', value: '1979-03' },
      { key: 'office', value: text() },
    ];
  if (rng() < 0.3) entry.facts = { founded: '1921', population: '12,000', headquarters: text() };
  if (rng() < 0.3) entry.wikipedia = pick(rng, ['Ada Lovelace', 'https://en.wikipedia.org/wiki/Hong_Kong']);
  if (rng() < 0.2) entry.priority = pick(rng, [1, 2, 3, '2']);
  if (rng() < 0.2) entry.id = 'same-id';
  return entry;
}

/** Wrong values for each field, each of which the importer must refuse. */
export const BAD_FIELD_VALUES: Record<string, unknown[]> = {
  name: [42, [], {}, '', 'x'.repeat(201), true, 'a\u0000b'],
  type: ['city', 7, null, '', ['person'], '__proto__', 'constructor', 'toString', {}],
  description: [5, {}, [], 'x'.repeat(501), false, own([['toString', 1]])],
  aliases: [5, true, {}, [1], [{ text: 1 }], [{ text: 'a', weak: 'yes' }], [''], ['x'.repeat(201)]],
  facts: [
    'born=1',
    5,
    true,
    [{ key: 'colour', value: 'x' }],
    { born: '7/10/1952' },
    { population: 'many' },
    own([['__proto__', '1979']]),
    own([['constructor', 'x']]),
    [{ key: 'born', value: '1990', since: own([['toString', 1]]) }],
    [{ key: 'toString', value: '1' }],
  ],
  wikipedia: [
    'https://example.com/ada',
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://en.wikipedia.org/wiki/a%3A%2F%2Fb',
    'https://en.wikipedia.org/wiki/%E0%A4%A',
    5,
    {},
  ],
  link: ['javascript:alert(1)', 'data:,x', 'ftp://en.wikipedia.org/wiki/X', 'https://evil.example/wiki/X'],
  priority: [0, 4, '1.5', {}, own([['toString', 1]]), [], 'high'],
  // A computed key, so this is an own property and not the object's prototype.
  ['__proto__']: [own([['polluted', true]]), 'x'],
  constructor: ['x', { prototype: { polluted: true } }],
  onclick: ['alert(1)'],
};

/**
 * A pack's JSON text with the line span of each entry: pretty-printed, so a problem in entry k
 * must be reported on one of entry k's lines.
 */
export function jsonPackText(
  header: [string, unknown][],
  entries: unknown[],
): { text: string; spans: [number, number][] } {
  const head = header.map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const lines = ['{', ...head, '  "entries": ['];
  const spans: [number, number][] = [];
  entries.forEach((entry, i) => {
    const block = (JSON.stringify(entry, null, 2) ?? 'null').split('\n').map((line) => `    ${line}`);
    if (i < entries.length - 1) block[block.length - 1] += ',';
    spans.push([lines.length + 1, lines.length + block.length]);
    lines.push(...block);
  });
  lines.push('  ]', '}');
  return { text: lines.join('\n'), spans };
}

function randomBytes(rng: Rng): PackFile {
  const bytes = Uint8Array.from({ length: int(rng, 3000) }, () =>
    rng() < 0.7 ? 32 + int(rng, 95) : int(rng, 256),
  );
  const text =
    rng() < 0.5 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes.subarray(0, 3000));
  return { kind: 'random bytes', text, fileName: pick(rng, ['x.json', 'x.csv', 'x', 'x.txt']) };
}

/** Damage any text file can carry: cut short, a BOM, CRLF or lone CR, NULs. */
function damage(rng: Rng, text: string): string {
  let out = text;
  if (rng() < 0.25) out = out.slice(0, int(rng, out.length + 1));
  if (rng() < 0.2) out = `\ufeff${out}`;
  if (rng() < 0.2) out = out.replace(/\n/g, pick(rng, ['\r\n', '\r']));
  if (rng() < 0.15) {
    const at = int(rng, out.length + 1);
    out = `${out.slice(0, at)}\u0000${out.slice(at)}`;
  }
  return out;
}

function mutatedJson(rng: Rng): PackFile {
  const entries: unknown[] = Array.from({ length: 1 + int(rng, 6) }, () => validEntry(rng));
  const header: [string, unknown][] = [['name', rng() < 0.9 ? 'Team' : pick(rng, ODD_VALUES)]];
  if (rng() < 0.3) header.push([pick(rng, ['licence', 'url', 'asOf']), pick(rng, ODD_VALUES)]);
  for (let n = int(rng, 4); n > 0; n--) {
    const roll = rng();
    const k = int(rng, entries.length);
    if (roll < 0.15) entries[k] = pick(rng, ODD_VALUES);
    else if (roll < 0.25) entries.push(entries[k]);
    else {
      const field = pick(rng, Object.keys(BAD_FIELD_VALUES));
      const value = rng() < 0.5 ? pick(rng, BAD_FIELD_VALUES[field] ?? []) : pick(rng, ODD_VALUES);
      const entry = entries[k];
      if (typeof entry === 'object' && entry !== null)
        Object.defineProperty(entry, field, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  const { text } = jsonPackText(header, entries);
  return { kind: 'mutated JSON pack', text: damage(rng, text), fileName: pick(rng, ['p.json', 'p']) };
}

function deepJson(rng: Rng): PackFile {
  const depth = pick(rng, [40, 1000, 200_000]);
  const [open, close] = pick(rng, [
    ['[', ']'],
    ['{"a":', '}'],
  ] as const);
  const inner = `${open.repeat(depth)}1${rng() < 0.5 ? close.repeat(depth) : ''}`;
  return {
    kind: `JSON nested ${depth} deep`,
    text: `{"name":"Deep","entries":\n${inner}}`,
    fileName: 'd.json',
  };
}

function hugeString(rng: Rng): PackFile {
  const huge = pick(rng, ['x', '<b>', '"', '\\', ' ']).repeat(pick(rng, [10_000, 100_000, 300_000]));
  const entry = validEntry(rng);
  entry[pick(rng, ['name', 'description', 'type', 'wikipedia', 'aliases'])] = huge;
  if (rng() < 0.5)
    return {
      kind: 'huge JSON string',
      text: jsonPackText([['name', 'H']], [entry]).text,
      fileName: 'h.json',
    };
  return { kind: 'huge CSV cell', text: `name,type,description\nAda,person,"${huge}"\n`, fileName: 'h.csv' };
}

const CSV_COLUMNS = ['name', 'type', 'description', 'aliases', 'facts', 'link', 'wikipedia', 'priority'];
const CSV_ODD_CELLS = [
  '"unclosed',
  'a"b',
  '""',
  '"a""b"',
  '__proto__=1979',
  'constructor=x',
  'born=1979;__proto__=x',
  'population=1,200',
  'javascript:alert(1)',
  '\u0000',
  'x'.repeat(300),
  'city',
  ...HOSTILE_TEXT,
];

function csvCell(rng: Rng, column: string): string {
  if (rng() < 0.25) return pick(rng, CSV_ODD_CELLS);
  const cell =
    column === 'type'
      ? pick(rng, TYPES)
      : column === 'facts'
        ? 'born=1979; office=Lead'
        : column === 'priority'
          ? pick(rng, ['1', '2', ''])
          : column === 'link' || column === 'wikipedia'
            ? pick(rng, ['', 'Ada Lovelace'])
            : pick(rng, [...NAMES, ...HOSTILE_TEXT]);
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function mutatedCsv(rng: Rng): PackFile {
  const columns = CSV_COLUMNS.filter((c) => c === 'name' || c === 'type' || rng() < 0.5);
  if (rng() < 0.1) columns.push(pick(rng, ['colour', '__proto__', 'constructor', '', 'name']));
  if (rng() < 0.05) columns.splice(int(rng, columns.length), 1);
  const rows = Array.from({ length: int(rng, 30) }, () => {
    const cells = columns.map((column) => csvCell(rng, column));
    if (rng() < 0.05) cells.push('extra');
    if (rng() < 0.05) cells.pop();
    return cells.join(',');
  });
  const text = [columns.join(','), ...rows].join('\n');
  return { kind: 'mutated CSV', text: damage(rng, text), fileName: pick(rng, ['team.csv', 'x']) };
}

/** One malformed (or merely odd) file; most kinds are common, the costly ones rare. */
export function randomPackFile(rng: Rng): PackFile {
  const roll = rng();
  if (roll < 0.15) return randomBytes(rng);
  if (roll < 0.55) return mutatedJson(rng);
  if (roll < 0.95) return mutatedCsv(rng);
  if (roll < 0.98) return deepJson(rng);
  return hugeString(rng);
}
