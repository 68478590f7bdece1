import { describe, expect, it } from 'vitest';
import type { PartsManifest } from '../../engine/store-parts';
import {
  isPartsManifest,
  joinStoreParts,
  manifestParts,
  splitStoreFile,
  stalePartsFormat,
} from '../../engine/store-parts';

function manifestOf(files: Map<string, string>): PartsManifest {
  const manifest: unknown = JSON.parse(files.get('gloss-index.json')!);
  expect(isPartsManifest(manifest)).toBe(true);
  return manifest as PartsManifest;
}

const joined = (files: Map<string, string>) =>
  joinStoreParts(manifestOf(files), (name) => files.get(name) ?? '');

describe('store files split into parts', () => {
  const big = JSON.stringify({ text: 'a "quoted" word, '.repeat(400), list: [...Array(300).keys()] });

  it('keeps a small file with no long string whole', () => {
    expect([...splitStoreFile('gloss-index.json', '{"a":1}', 100)]).toEqual([
      ['gloss-index.json', '{"a":1}'],
    ]);
  });

  it('lifts long strings out of the JSON into raw text parts, and joins back to the same value', () => {
    const value = {
      n: 1,
      lines: 'moscow\t1 2\nparis\t3 4\n'.repeat(10),
      deep: { names: 'Ōsaka\n'.repeat(10) },
    };
    const files = splitStoreFile('gloss-index.json', JSON.stringify(value), 1000, 50);
    const manifest = manifestOf(files);
    expect(manifest.texts.map((text) => text.at)).toEqual([['lines'], ['deep', 'names']]);
    // Raw text, not JSON: line breaks, tabs and accents as they are.
    expect(files.get(manifest.texts[0]!.parts[0]!)).toBe(value.lines);
    expect(files.get(manifest.texts[1]!.parts[0]!)).toBe(value.deep.names);
    expect(JSON.parse(manifest.parts.map((name) => files.get(name)).join(''))).toEqual({
      n: 1,
      lines: '',
      deep: { names: '' },
    });
    expect(joined(files)).toEqual(value);
  });

  it('splits a large file into text parts under the limit that join back to the same value', () => {
    const files = splitStoreFile('gloss-index.json', big, 1000);
    const manifest = manifestOf(files);
    const parts = manifestParts(manifest);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]).toBe('gloss-index.part1.txt');
    for (const part of parts) expect(new TextEncoder().encode(files.get(part)!).length).toBeLessThan(1000);
    expect(joined(files)).toEqual(JSON.parse(big));
  });

  it('keeps every part under the limit in bytes, and never splits a surrogate pair', () => {
    const wide = JSON.stringify({ text: 'é€😀 '.repeat(600) });
    const files = splitStoreFile('gloss-index.json', wide, 500);
    for (const part of manifestParts(manifestOf(files))) {
      const text = files.get(part)!;
      expect(new TextEncoder().encode(text).length).toBeLessThan(500);
      expect(/^[\udc00-\udfff]/.test(text) || /[\ud800-\udbff]$/.test(text)).toBe(false);
    }
    expect(joined(files)).toEqual(JSON.parse(wide));
  });

  it('refuses a manifest naming paths outside its folder or unsafe keys, and a broken part', () => {
    const manifest = { format: 'gloss-parts/3' as const, parts: ['gloss-index.part1.txt'], texts: [] };
    expect(isPartsManifest(manifest)).toBe(true);
    expect(isPartsManifest({ ...manifest, parts: ['../secret.txt'] })).toBe(false);
    const lifted = (at: string[]) => ({ ...manifest, texts: [{ at, parts: ['gloss-index.part2.txt'] }] });
    expect(isPartsManifest(lifted(['aliases']))).toBe(true);
    expect(isPartsManifest(lifted(['__proto__', 'polluted']))).toBe(false);
    expect(isPartsManifest(lifted(['constructor']))).toBe(false);
    expect(() => joinStoreParts(manifest, () => '{"a":')).toThrow();
    // A lifted string must go where the JSON left an empty string.
    expect(() =>
      joinStoreParts(lifted(['aliases']), (name) => (name.endsWith('1.txt') ? '{}' : 'x')),
    ).toThrow(/aliases/);
  });

  it('names an older build as the reason a manifest of another format is refused', () => {
    const old = { format: 'gloss-parts/2', parts: ['gloss-index.part1.txt'] };
    expect(isPartsManifest(old)).toBe(false);
    expect(stalePartsFormat(old)).toMatch(/gloss-parts\/2 of an older build, expected gloss-parts\/3/);
    expect(stalePartsFormat({ format: 'gloss-index/2' })).toBeNull();
  });
});
