import { describe, expect, it } from 'vitest';
import { isPartsManifest, joinStoreParts, splitStoreFile } from '../../engine/store-parts';

describe('store files split into parts', () => {
  const big = JSON.stringify({ text: 'a "quoted" word, '.repeat(400), list: [...Array(300).keys()] });

  it('keeps a small file whole', () => {
    expect([...splitStoreFile('gloss-index.json', '{"a":1}', 100)]).toEqual([
      ['gloss-index.json', '{"a":1}'],
    ]);
  });

  it('splits a large file into parts under the limit, each valid JSON, that join back to the same value', () => {
    const files = splitStoreFile('gloss-index.json', big, 1000);
    const manifest: unknown = JSON.parse(files.get('gloss-index.json')!);
    expect(isPartsManifest(manifest)).toBe(true);
    const parts = (manifest as { parts: string[] }).parts;
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]).toBe('gloss-index.part1.json');
    for (const part of parts) expect(new TextEncoder().encode(files.get(part)!).length).toBeLessThan(1000);
    expect(joinStoreParts(parts.map((part) => files.get(part)!))).toEqual(JSON.parse(big));
  });

  it('refuses a part that is not a JSON string, and a manifest naming paths outside its folder', () => {
    expect(() => joinStoreParts(['{"not":"a string"}'])).toThrow(/part 1/);
    expect(isPartsManifest({ format: 'gloss-parts/1', parts: ['../secret.json'] })).toBe(false);
  });
});
