import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/engine/csv';
import { parseJsonLines } from '@/engine/json-lines';
import type { PackProblem } from '@/engine/pack-parse';
import { PACK_PROBLEM_CODES } from '@/engine/pack-entry';
import { MAX_PACK_ENTRIES, packToJson, parsePack } from '@/engine/pack-parse';
import { t } from '../components/locale';

/** Problems as the reader reads them (the real English messages). */
function errors(text: string, fileName: string): string[] {
  const parsed = parsePack(text, fileName);
  if (parsed.ok) return [];
  return parsed.problems.map((p: PackProblem) => {
    const message = t(`packError${p.code}`, p.args);
    return p.line === null ? message : `line ${p.line}: ${message}`;
  });
}

const HEADER = 'name,type,description,aliases,facts,link';
const TYPES = 'person, place, organisation, event, other';

describe('CSV packs: malformed input is rejected with line-numbered errors', () => {
  it.each([
    [
      'a type that is not one',
      `${HEADER}\nAda,person,,,,\nParis,city,,,,`,
      [`line 3: type 'city' is not one of ${TYPES}`],
    ],
    ['a missing name', `${HEADER}\n,person,A nameless one,,,`, ['line 2: the entry has no name']],
    [
      'an unknown fact',
      `${HEADER}\nAda,person,,,colour=blue,`,
      [/^line 2: fact 'colour' is not one of born, died/],
    ],
    [
      'a date not in ISO form',
      `${HEADER}\nAda,person,,,born=7/10/1952,`,
      ["line 2: born '7/10/1952' is not a date written YYYY, YYYY-MM or YYYY-MM-DD"],
    ],
    [
      'a population that is no number',
      `${HEADER}\nTown,place,,,population=many,`,
      [/^line 2: fact 'population' has no usable value/],
    ],
    [
      'a link to another site',
      `${HEADER}\nAda,person,,,,https://example.com/ada`,
      ["line 2: link 'https://example.com/ada' is not an English Wikipedia address or title"],
    ],
    [
      'a row with too many fields',
      `${HEADER}\nAda,person,,,,,extra`,
      ['line 2: the row has 7 fields but the header has 6'],
    ],
    [
      'a column named twice',
      'name,type,description,Description\nAda,person,first,second',
      ["line 1: the header has the 'description' column more than once"],
    ],
    [
      'an unknown column',
      'name,type,colour\nAda,person,blue',
      [
        "line 1: column 'colour' is not one of name, type, description, aliases, facts, link, wikipedia, priority",
      ],
    ],
    ['no type column', 'name,description\nAda,x', ["line 1: the header has no 'type' column"]],
    [
      'an unclosed quote',
      `${HEADER}\nAda,person,"Our lead,,,,\n`,
      ['line 2: the file cannot be read: a quoted field is not closed'],
    ],
    ['only a header', `${HEADER}\n`, ['the pack has no entries']],
    [
      'several problems, each on its line (a quoted field spanning lines counts)',
      `${HEADER}\nAda,person,"two\nlines",,,\nBob,robot,,,,\n\nCy,,,,,`,
      [`line 4: type 'robot' is not one of ${TYPES}`, `line 6: type '' is not one of ${TYPES}`],
    ],
  ])('%s', (_name, text, expected) => {
    const found = errors(text, 'team.csv');
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) =>
      typeof want === 'string' ? expect(found[i]).toBe(want) : expect(found[i]).toMatch(want),
    );
  });
});

describe('JSON packs: malformed input is rejected with line-numbered errors', () => {
  const pack = (entries: string) => `{\n  "name": "Team",\n  "entries": [\n${entries}\n  ]\n}`;
  it.each([
    [
      'a syntax error',
      '{\n  "name": "Team",\n  "entries": [\n    { "name": "Ada" "type": "person" }\n  ]\n}',
      [/^line 4: the file cannot be read: expected "," or "}"/],
    ],
    [
      'not a pack',
      '[1, 2]',
      [
        'line 1: a JSON pack is an object with a name and a list of entries: { "name": ..., "entries": [...] }',
      ],
    ],
    [
      'no pack name',
      '{\n  "entries": [{ "name": "Ada", "type": "person" }]\n}',
      ['line 1: the pack has no name (a "name" of at most 100 characters)'],
    ],
    [
      'a bad type on its own line',
      pack('    {\n      "name": "Paris",\n      "type": "city"\n    }'),
      [`line 6: type 'city' is not one of ${TYPES}`],
    ],
    [
      'a misspelt field',
      pack('    {\n      "name": "Ada",\n      "type": "person",\n      "descripton": "x"\n    }'),
      [/^line 7: field 'descripton' is not one of id, name, type/],
    ],
    [
      'an alias that is not text',
      pack('    { "name": "Ada", "type": "person", "aliases": ["A", 42] }'),
      ['line 4: alias 42 is not a name (text of at most 200 characters)'],
    ],
    [
      'a bad priority',
      pack('    { "name": "Ada", "type": "person", "priority": 9 }'),
      ["line 4: priority '9' is not 1, 2 or 3"],
    ],
    ['an entry that is not an object', pack('    "Ada"'), ['line 4: an entry is not an object']],
  ])('%s', (_name, text, expected) => {
    const found = errors(text, 'team.json');
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) =>
      typeof want === 'string' ? expect(found[i]).toBe(want) : expect(found[i]).toMatch(want),
    );
  });

  it('refuses a pack over 20,000 entries and a file over 5 MB with a clear message', () => {
    const many = {
      name: 'Big',
      entries: Array.from({ length: MAX_PACK_ENTRIES + 1 }, (_, i) => ({ name: `N${i}`, type: 'other' })),
    };
    expect(errors(JSON.stringify(many), 'big.json')).toEqual([
      'the pack has 20001 entries; a pack may have at most 20000',
    ]);
    expect(errors('x'.repeat(6 * 1024 * 1024), 'huge.csv')).toEqual([
      'the file is 6 MB; a pack may be at most 5 MB',
    ]);
  });

  it('stops listing after 50 problems and says how many more there were', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `N${i},robot,,,,`).join('\n');
    const found = errors(`${HEADER}\n${rows}`, 'bad.csv');
    expect(found).toHaveLength(51);
    expect(found[50]).toBe('… and 10 more problems');
  });
});

describe('valid packs', () => {
  it('reads a CSV pack with quotes, aliases split on ; or |, facts and a Wikipedia link', () => {
    const text = `${HEADER}\r\n"Ng, Ada",person,"Team lead, ""the boss""",Ada|A. Ng;Ng,"born=1990-02-01; office=Lead",https://en.wikipedia.org/wiki/Ada_Lovelace\r\n`;
    const parsed = parsePack(text, 'my_team.csv');
    expect(parsed).toEqual({
      ok: true,
      pack: {
        name: 'my team',
        entries: [
          {
            name: 'Ng, Ada',
            type: 'person',
            description: 'Team lead, "the boss"',
            aliases: [{ text: 'Ada' }, { text: 'A. Ng' }, { text: 'Ng' }],
            facts: [
              { key: 'born', value: '1990-02-01' },
              { key: 'office', value: 'Lead' },
            ],
            wikipedia: 'Ada Lovelace',
          },
        ],
      },
    });
  });

  it('reads a JSON pack in the news core format, and its export reads back the same', () => {
    const text = JSON.stringify({
      name: 'Team',
      licence: 'CC0',
      asOf: '2026-11-01',
      entries: [
        {
          id: 'ada',
          type: 'organization',
          name: 'Widget Co',
          aliases: ['WidgetCo', { text: 'Widget', weak: true, common: true }],
          description: 'Makes widgets',
          facts: [
            { key: 'founded', value: '1999' },
            { key: 'population', value: '1,200' },
          ],
          wikipedia: null,
          priority: 2,
        },
      ],
    });
    const parsed = parsePack(text, 'team.json');
    if (!parsed.ok) throw new Error('expected a pack');
    expect(parsed.pack.entries[0]).toEqual({
      name: 'Widget Co',
      type: 'organisation',
      description: 'Makes widgets',
      aliases: [{ text: 'WidgetCo' }, { text: 'Widget', weak: true, common: true }],
      facts: [
        { key: 'founded', value: '1999' },
        { key: 'population', value: 1200 },
      ],
      wikipedia: null,
      priority: 2,
    });
    expect(parsePack(packToJson(parsed.pack), 'export.json')).toEqual(parsed);
  });
});

describe('words', () => {
  it('every pack problem has a message in _locales/en', () => {
    for (const code of PACK_PROBLEM_CODES) expect(() => t(`packError${code}`, ['1', '2'])).not.toThrow();
  });
});

describe('the small parsers underneath', () => {
  it('CSV: quoted commas, doubled quotes, line breaks in quotes, CRLF, blank lines, a BOM', () => {
    const parsed = parseCsv('\ufeffa,"b,c","say ""hi"""\r\n\r\n"x\ny",z\n');
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['a', 'b,c', 'say "hi"'] },
        { line: 3, cells: ['x\ny', 'z'] },
      ],
    });
  });

  it('JSON: values as JSON.parse gives them, with lines of objects, keys and items', () => {
    const text = '{\n  "a": [\n    1,\n    {"b": "\\u00e9\\n"}\n  ],\n  "__proto__": true\n}';
    const parsed = parseJsonLines(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.json.value).toEqual(JSON.parse(text));
    const root = parsed.json.value as { a: [number, object] };
    expect(parsed.json.lineOf(root, 'a')).toBe(2);
    expect(parsed.json.lineOf(root.a, '1')).toBe(4);
    expect(parsed.json.lineOf(root.a[1])).toBe(4);
    expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
  });

  it.each([
    ['{"a": 1,}', 1, /expected a quoted key/],
    ['{\n"a": tru\n}', 2, /unexpected character "t"/],
    ['[1, 2', 1, /expected "," or "]" but found end of file/],
    ['{"a": "x\n"}', 1, /a string is not closed/],
    ['{} x', 1, /after the end/],
  ])('JSON syntax error in %j is on line %i', (text, line, message) => {
    const parsed = parseJsonLines(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.line).toBe(line);
      expect(parsed.message).toMatch(message);
    }
  });
});
