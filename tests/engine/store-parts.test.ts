import { describe, expect, it } from 'vitest';
import { isPartsManifest, joinStoreParts, splitStoreFile } from '../../engine/store-parts';

describe('store files split into parts', () => {
  const big = JSON.stringify({ text: 'a "quoted" word, '.repeat(400), list: [...Array(300).keys()] });

  it('keeps a small file whole', () => {
    expect([...splitStoreFile('gloss-index.json', '{"a":1}', 100)]).toEqual([
      ['gloss-index.json', '{"a":1}'],
    ]);
  });

  it('splits a large file into text parts under the limit that join back to the same value', () => {
    const files = splitStoreFile('gloss-index.json', big, 1000);
    const manifest: unknown = JSON.parse(files.get('gloss-index.json')!);
    expect(isPartsManifest(manifest)).toBe(true);
    const parts = (manifest as { parts: string[] }).parts;
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]).toBe('gloss-index.part1.txt');
    for (const part of parts) expect(new TextEncoder().encode(files.get(part)!).length).toBeLessThan(1000);
    expect(joinStoreParts(parts.map((part) => files.get(part)!))).toEqual(JSON.parse(big));
  });

  it('keeps every part under the limit in bytes, and never splits a surrogate pair', () => {
    const wide = JSON.stringify({ text: 'é€😀 '.repeat(600) });
    const files = splitStoreFile('gloss-index.json', wide, 500);
    const parts = (JSON.parse(files.get('gloss-index.json')!) as { parts: string[] }).parts;
    for (const part of parts) {
      const text = files.get(part)!;
      expect(new TextEncoder().encode(text).length).toBeLessThan(500);
      expect(/^[\udc00-\udfff]/.test(text) || /[\ud800-\udbff]$/.test(text)).toBe(false);
    }
    expect(joinStoreParts(parts.map((part) => files.get(part)!))).toEqual(JSON.parse(wide));
  });

  it('refuses a manifest naming paths outside its folder or of another format, and a broken part', () => {
    expect(isPartsManifest({ format: 'gloss-parts/2', parts: ['../secret.txt'] })).toBe(false);
    expect(isPartsManifest({ format: 'gloss-parts/1', parts: ['gloss-index.part1.json'] })).toBe(false);
    expect(() => joinStoreParts(['{"a":', '1'])).toThrow();
  });
});
