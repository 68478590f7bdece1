import { describe, expect, it } from 'vitest';
import { NewsCoreError, parseNewsCore } from '../../knowledge/sources/news-core';
import { isIsoDate } from '../../knowledge/validate-news-core';

const COMMON = new Set(['may', 'bush', 'will', 'apple', 'turkey', 'chad', 'jordan', 'china']);

const good = {
  id: 'theresa-may',
  type: 'person',
  name: 'Theresa May',
  aliases: [{ text: 'May', weak: true, common: true }],
  description: 'Prime Minister of the United Kingdom from 2016 to 2019',
  facts: [{ key: 'born', value: '1956-10-01' }],
  wikipedia: 'Theresa May',
  priority: 2,
};

function file(entries: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ domain: 'test', asOf: '2026-05-17', entries, ...extra });
}

function problems(files: Record<string, string>): string[] {
  try {
    parseNewsCore(new Map(Object.entries(files)), COMMON);
    return [];
  } catch (error) {
    if (error instanceof NewsCoreError) return [...error.problems];
    throw error;
  }
}

describe('news-core validation', () => {
  it('accepts a well-formed entry and prefixes its id', () => {
    const [entry] = parseNewsCore(new Map([['a.json', file([good])]]), COMMON);
    expect(entry).toMatchObject({ id: 'core:theresa-may', source: 'news-core', asOf: '2026-05-17' });
  });

  const noDescription: Record<string, unknown> = { ...good };
  delete noDescription.description;
  it.each([
    ['missing field', noDescription, 'missing field "description"'],
    ['wrong type', { ...good, name: 42 }, '"name" must be a non-empty string'],
    ['unknown entity type', { ...good, type: 'city' }, '"type" must be one of'],
    ['malformed ISO date', { ...good, facts: [{ key: 'born', value: '1956-13-01' }] }, 'is not an ISO date'],
    ['malformed since', { ...good, facts: [{ key: 'office', value: 'MP', since: '2016/07/13' }] }, 'since'],
    [
      'unknown fact key',
      { ...good, facts: [{ key: 'spouse', value: 'Philip May' }] },
      'unknown fact key "spouse"',
    ],
    ['description too long', { ...good, description: 'x'.repeat(121) }, 'at most 120'],
    ['final full stop', { ...good, description: 'Former Prime Minister.' }, 'without a final full stop'],
    [
      'common word unmarked',
      { ...good, aliases: [{ text: 'May', weak: true }] },
      'alias "May" is a common English word',
    ],
    [
      'common word as a plain string',
      { ...good, aliases: ['Bush'] },
      'alias "Bush" is a common English word',
    ],
    [
      'common word written with diacritics',
      { ...good, aliases: [{ text: 'Chād', weak: true }] },
      'alias "Chād" is a common English word',
    ],
    ['bad id', { ...good, id: 'Theresa_May' }, '"id" must be lower-case'],
    ['bad priority', { ...good, priority: 5 }, '"priority" must be 1, 2 or 3'],
    ['unknown field', { ...good, birthday: '1956' }, 'unknown field(s) birthday'],
  ])('reports %s with the file and the entry id', (_kind, entry, message) => {
    const found = problems({ 'people.json': file([entry]) });
    expect(found).toHaveLength(1);
    const id = typeof entry.id === 'string' ? entry.id : '';
    expect(found[0]).toContain(`people.json: entry ${id}: `);
    expect(found[0]).toContain(message);
  });

  it('reports a duplicate id across files, naming both', () => {
    const found = problems({ 'a.json': file([good]), 'b.json': file([good]) });
    expect(found).toEqual(['b.json: entry theresa-may: duplicate id (first used in a.json)']);
  });

  it('reports every problem at once, and broken JSON by file', () => {
    const found = problems({ 'a.json': file([{ ...good, priority: 0, type: 'x' }]), 'b.json': '{' });
    expect(found).toHaveLength(3);
    expect(found[2]).toMatch(/^b\.json: not valid JSON/);
  });

  it('accepts all-capital acronyms and abbreviations that end a description', () => {
    const entry = {
      ...good,
      aliases: ['WILL', 'May Theresa'],
      description: 'Politician in Washington, D.C.',
    };
    expect(problems({ 'a.json': file([entry]) })).toEqual([]);
  });

  it('reports a malformed file-level asOf', () => {
    expect(problems({ 'a.json': file([good], { asOf: 'May 2026' }) })).toEqual([
      'a.json: "asOf" "May 2026" is not an ISO date',
    ]);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026', true],
    ['2026-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['-0426', true],
    ['26-05-2026', false],
    ['2026-5-1', false],
  ])('%s → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));
});
