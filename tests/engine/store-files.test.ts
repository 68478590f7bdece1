import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../engine/annotate';
import { loadStore, openStore } from '../../engine/store';
import { compileStoreForEngine } from '../../engine/store-compile';
import { toCompiledStore } from '../../engine/store-compiled';
import { extendStore } from '../../engine/store-extend';
import type { StoredPack } from '../../engine/store-packs';
import { mergePacks } from '../../engine/store-packs';
import { STORE_FORMAT } from '../../engine/types';
import { asciiJson } from '../../engine/store-parts';
import { miniStore } from '../fixtures/mini-store';

// The files as the extension reads them: through JSON, as written.
function files() {
  const { index, details } = compileStoreForEngine(miniStore());
  return {
    index: JSON.parse(asciiJson(index)) as unknown,
    details: JSON.parse(asciiJson(details)) as unknown,
  };
}

const text = [
  'Vladimir Putin met Xi in Moscow, the Russian capital. Putin then flew to Tbilisi, Georgia.',
  'The Washington Post and Turkey were mentioned; Zürich too.',
];

describe('the index and details files', () => {
  it('link exactly as the whole store does', () => {
    const { index, details } = files();
    const split = openStore(index, details);
    const whole = loadStore(miniStore());
    for (const demonyms of [false, true])
      expect(annotateBlocks(split, text, { demonyms })).toEqual(annotateBlocks(whole, text, { demonyms }));
    expect(split.lookup('georgia')).toEqual(whole.lookup('georgia'));
    expect(split.maxWords).toBe(whole.maxWords);
  });

  it('give back every entity whole once the details are attached', () => {
    const { index, details } = files();
    const store = openStore(index);
    expect(store.hasDetails()).toBe(false);
    expect(store.byId('wc:russia')).toBeUndefined();
    expect(store.entities[store.indexOf('wc:russia') ?? -1]?.name).toBe('Russia');
    store.attachDetails(details);
    expect(toCompiledStore(store)).toEqual(miniStore());
  });

  it('find every entity by its id and read its fields through the line marks', () => {
    const whole = miniStore();
    // More entities than a few marks' worth, ids sorted (binary search) and not (a map).
    const many = Array.from({ length: 5 }, (_, k) =>
      whole.entities.map((e) => ({ ...e, id: `${e.id}-${k}`, name: `${e.name} ${k}` })),
    ).flat();
    for (const entities of [many, [...many].sort((a, b) => (a.id < b.id ? -1 : 1))]) {
      const { index } = compileStoreForEngine({ ...whole, entities });
      const store = openStore(JSON.parse(asciiJson(index)));
      expect(store.entities.map((e) => [e.id, e.name, e.wikipedia])).toEqual(
        entities.map((e) => [e.id, e.name, e.wikipedia]),
      );
      entities.forEach((e, i) => expect(store.indexOf(e.id)).toBe(i));
      expect(store.indexOf('wc:russia')).toBeUndefined();
      expect(store.indexOf('zzz')).toBeUndefined();
    }
  });

  it('leave the descriptions to the details, keeping in the index only the titles they name', () => {
    const { index, details } = compileStoreForEngine(miniStore());
    expect(asciiJson(index)).not.toContain('since 2012');
    const store = openStore(index);
    const putin = store.indexOf('core:vladimir-putin') ?? -1;
    expect(store.entities[putin]?.titlesInDescription).toEqual(['president']);
    expect(store.entities[store.indexOf('core:mao-ning') ?? -1]?.titlesInDescription).toEqual([]);
    store.attachDetails(details);
    expect(store.entity(putin)?.description).toBe('President of Russia since 2012');
  });

  it('are the same bytes for the same store, in ASCII only', () => {
    const first = compileStoreForEngine(miniStore());
    const again = compileStoreForEngine(miniStore());
    expect(asciiJson(first.index)).toBe(asciiJson(again.index));
    expect(asciiJson(first.details)).toBe(asciiJson(again.details));
    expect(asciiJson(first.index)).toMatch(/^[\x20-\x7e]*$/);
  });

  it('derive relations and demonyms at build time', () => {
    const store = openStore(files().index);
    const tbilisi = store.indexOf('wn:tbilisi') ?? -1;
    expect(store.relations(tbilisi).map((r) => `${r.fact}:${r.key}`)).toContain('country:georgia');
    expect(store.demonyms.get('russian')?.map((i) => store.entities[i]?.id)).toEqual(['wc:russia']);
  });
});

type Json = Record<string, unknown> & { entities: Record<string, unknown> };

describe('a broken index or details file', () => {
  const broken: [string, (index: Json) => void, RegExp][] = [
    ['a wrong format', (ix) => (ix.format = 'gloss-index/0'), /index: format/],
    ['a missing column', (ix) => delete ix.entities.name, /index: name is not a string/],
    ['a short text column', (ix) => (ix.entities.name = 'x'), /name has 1 lines, expected \d+/],
    [
      'a short column',
      (ix) => (ix.entities.prior = (ix.entities.prior as string).slice(2)),
      /prior has \d+ items, expected \d+/,
    ],
    [
      'line marks that do not fit',
      (ix) => ((ix.entities.lineMarks as Record<string, number[]>).id = [1]),
      /id does not fit its line marks/,
    ],
    ['no line marks', (ix) => delete ix.entities.lineMarks, /index: lineMarks is not an object/],
    ['no alias index', (ix) => (ix.aliases = ['putin']), /index: aliases is not a string/],
  ];
  it.each(broken)('is refused when it has %s', (_name, breakIt, message) => {
    const index = files().index as Json;
    breakIt(index);
    expect(() => openStore(index)).toThrow(message);
  });

  it('drops a posting that names no entity instead of failing later', () => {
    const index = files().index as Json & { aliases: string };
    index.aliases = index.aliases.replace(/^(moscow\t)\w+/m, '$1zzzzzz');
    const store = openStore(index);
    expect(store.lookup('moscow')).toEqual([]);
    expect(() => annotateBlocks(store, text)).not.toThrow();
  });

  it('refuses details whose descriptions are not one a line', () => {
    const { index, details } = files();
    const short = { ...(details as Json), description: 'one line' };
    expect(() => openStore(index, short)).toThrow(/details: description has 1 lines, expected \d+/);
  });

  it('refuses details of another build', () => {
    const { index, details } = files();
    const other = { ...(details as Json), stamp: 'x' };
    expect(() => openStore(index, other)).toThrow(/details: belongs to another build/);
    expect(() => openStore(index, null)).toThrow(/details: the top level/);
  });
});

const pack: StoredPack = {
  id: 'team',
  name: 'My team',
  importedAt: '2026-11-27T10:00:00.000Z',
  entries: [
    {
      name: 'Georgia Brown',
      type: 'person',
      description: 'Our team lead',
      aliases: [{ text: 'Georgia' }, { text: 'Brown', weak: true }],
      facts: [{ key: 'country', value: 'Georgia' }],
      wikipedia: null,
    },
  ],
};

describe('extendStore', () => {
  it('links as the store rebuilt with the pack would', () => {
    const { index, details } = files();
    const extended = extendStore(
      openStore(index, details),
      mergePacks({ format: STORE_FORMAT, asOf: '', sources: [], entities: [] }, [pack]),
    );
    const rebuilt = loadStore(mergePacks(miniStore(), [pack]));
    const blocks = ['Georgia Brown spoke. Brown said Georgia and Tbilisi matter.', ...text];
    expect(annotateBlocks(extended, blocks)).toEqual(annotateBlocks(rebuilt, blocks));
    expect(extended.lookup('georgia')).toEqual(rebuilt.lookup('georgia'));
    expect(extended.byId('pack:team:georgia-brown')?.description).toBe('Our team lead');
    expect(extended.sources.get('pack:team')?.name).toBe('My team');
  });
});
