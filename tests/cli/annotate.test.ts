import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAnnotate } from '../../cli/annotate';
import { miniStore } from '../fixtures/mini-store';

const fixtures = 'tests/fixtures/annotate';
let storePath = '';

beforeAll(() => {
  storePath = join(mkdtempSync(join(tmpdir(), 'gloss-annotate-')), 'store.json');
  writeFileSync(storePath, JSON.stringify(miniStore()));
});

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAnnotate(
    ['--store', storePath, ...args],
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

interface Line {
  id: string;
  mentions: {
    start: number;
    end: number;
    surface: string;
    score: number;
    entity: { id: string; name: string; wikipedia: string | null };
  }[];
}

describe('annotate CLI', () => {
  it('prints one readable line per mention for a .txt file', () => {
    const { code, out } = run(`${fixtures}/summit.txt`);
    expect(code).toBe(0);
    expect(out[0]).toBe('# summit.txt');
    expect(out.slice(1).map((l) => l.split('\t').slice(0, 2).join(' | '))).toEqual([
      'Vladimir Putin | Vladimir Putin (person)',
      'Xi Jinping | Xi Jinping (person)',
      'Moscow | Moscow (place)',
      'Putin | Vladimir Putin (person)',
      'Xi | Xi Jinping (person)',
      'US | United States (place)',
    ]);
  });

  it('reports .html offsets into the text the content script extracts', () => {
    const { code, out } = run('--format', 'jsonl', `${fixtures}/summit.html`);
    expect(code).toBe(0);
    const line = JSON.parse(out[0] ?? '') as Line;
    expect(line.id).toBe('summit.html');
    expect(line.mentions.map((m) => m.surface.replace(/\s/g, ' '))).toEqual([
      'Putin',
      'Xi',
      'Moscow',
      'Vladimir Putin',
      'Xi Jinping',
      'the Kremlin',
      'Putin',
      'Beijing',
    ]);
    expect(line.mentions.find((m) => m.surface === 'the Kremlin')?.entity).toMatchObject({
      id: 'core:kremlin',
      wikipedia: 'Kremlin',
    });
    expect(JSON.stringify(line)).not.toContain('Russia');
  });

  it('annotates each .jsonl line, offsets into its text, and names bad lines', () => {
    const { code, out, err } = run('--format=jsonl', `${fixtures}/docs.jsonl`);
    expect(code).toBe(1);
    const lines = out.map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.id)).toEqual(['d1', 'd2']);
    expect(lines[0]?.mentions.map((m) => m.entity.id)).toEqual(['wc:georgia', 'wn:tbilisi']);
    const text = 'Headline about Russia\n\nThe Washington Post said Russia’s army moved.';
    for (const m of lines[1]?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(lines[1]?.mentions.map((m) => m.surface)).toEqual(['Russia', 'The Washington Post', 'Russia']);
    expect(err).toEqual([
      expect.stringMatching(/docs\.jsonl:3: not valid JSON/),
      expect.stringMatching(/docs\.jsonl:4: expected an object with a string "text"/),
    ]);
  });

  it('keeps going past a missing file and fails at the end', () => {
    const { code, out, err } = run(`${fixtures}/missing.txt`, `${fixtures}/summit.txt`);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
    expect(out[0]).toBe('# summit.txt');
  });

  it('filters by --threshold', () => {
    const all = run('--threshold', '0', '--format', 'jsonl', `${fixtures}/summit.txt`);
    const strict = run('--threshold', '0.99', '--format', 'jsonl', `${fixtures}/summit.txt`);
    const count = (o: string[]) => (JSON.parse(o[0] ?? '') as Line).mentions.length;
    expect(count(all.out)).toBeGreaterThan(count(strict.out));
  });

  it('explains a missing store and bad usage', () => {
    const missing = runAnnotate(
      ['--store', '/nonexistent/store.json', 'x.txt'],
      () => {},
      (l) => expect(l).toMatch(/npm run kb -- build/),
    );
    expect(missing).toBe(2);
    expect(
      runAnnotate(
        [],
        () => {},
        () => {},
      ),
    ).toBe(2);
    expect(
      runAnnotate(
        ['--format', 'xml', 'a.txt'],
        () => {},
        () => {},
      ),
    ).toBe(2);
  });
});
