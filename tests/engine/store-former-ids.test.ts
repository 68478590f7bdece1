import { describe, expect, it } from 'vitest';
import { cardData } from '../../engine/card';
import { loadStore, openStore } from '../../engine/store';
import { compileStoreForEngine } from '../../engine/store-compile';
import { toCompiledStore } from '../../engine/store-compiled';
import { extendStore } from '../../engine/store-extend';
import { mergePacks } from '../../engine/store-packs';
import { asciiJson } from '../../engine/store-parts';
import type { CompiledStore } from '../../engine/types';
import { STORE_FORMAT } from '../../engine/types';
import { miniStore } from '../fixtures/mini-store';

// The mini store as a build gives it when the news core's Kremlin entry is folded into a WordNet
// entry: that entity goes by the WordNet id, and the core id is one it had before.
function mergedStore(sorted: boolean): CompiledStore {
  const store = miniStore();
  const entities = store.entities.map((e) =>
    e.id === 'core:kremlin'
      ? { ...e, id: 'wn:kremlin', formerIds: ['core:kremlin', 'core:moscow-kremlin'] }
      : e,
  );
  if (sorted) entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...store, entities };
}

/** The packaged files of a store, through JSON as the extension reads them. */
function opened(store: CompiledStore) {
  const { index, details } = compileStoreForEngine(store);
  return openStore(JSON.parse(asciiJson(index)), JSON.parse(asciiJson(details)));
}

describe('an entity merged into another', () => {
  it.each([true, false])('is found by its former ids (ids sorted: %s)', (sorted) => {
    const store = opened(mergedStore(sorted));
    const at = store.indexOf('wn:kremlin');
    expect(at).toBeDefined();
    for (const id of ['core:kremlin', 'core:moscow-kremlin']) {
      expect(store.indexOf(id)).toBe(at);
      expect(store.byId(id)).toMatchObject({ id: 'wn:kremlin', name: 'Kremlin' });
      expect(store.currentId(id)).toBe('wn:kremlin');
    }
    expect(store.currentId('wn:kremlin')).toBe('wn:kremlin');
    expect(store.currentId('core:putin-old')).toBeUndefined();
    expect(store.byId('core:putin-old')).toBeUndefined();
  });

  it('opens as a card for a saved choice of a former id, under the id it goes by now', () => {
    const store = opened(mergedStore(true));
    expect(cardData(store, 'core:kremlin')).toEqual(cardData(store, 'wn:kremlin'));
    expect(cardData(store, 'core:kremlin')).toMatchObject({ id: 'wn:kremlin', name: 'Kremlin' });
  });

  it('keeps its former ids through the files and back to a whole store', () => {
    const whole = mergedStore(true);
    expect(toCompiledStore(opened(whole))).toEqual(whole);
  });

  it('costs the index nothing when no entity was merged', () => {
    expect(compileStoreForEngine(miniStore()).index.entities).not.toHaveProperty('formerIds');
  });

  it('is still found by a former id with a knowledge pack on top', () => {
    const packs = mergePacks({ format: STORE_FORMAT, asOf: '', sources: [], entities: [] }, [
      {
        id: 'mine',
        name: 'Mine',
        importedAt: '2026-11-27T10:00:00.000Z',
        entries: [
          { name: 'Kremlin Cafe', type: 'place', description: '', aliases: [], facts: [], wikipedia: null },
        ],
      },
    ]);
    const extended = extendStore(opened(mergedStore(true)), packs);
    expect(extended.currentId('core:kremlin')).toBe('wn:kremlin');
    expect(extended.byId('core:kremlin')?.id).toBe('wn:kremlin');
    expect(extended.currentId('pack:mine:kremlin-cafe')).toBe('pack:mine:kremlin-cafe');
  });

  it('reads a former id whose entity index is out of range as unknown', () => {
    const { index } = compileStoreForEngine(mergedStore(true));
    const broken = JSON.parse(asciiJson(index)) as { entities: { formerIds: string } };
    broken.entities.formerIds = broken.entities.formerIds.replace(/^(core:kremlin\t)\w+/m, '$1zzzz');
    const store = openStore(broken);
    expect(store.indexOf('core:kremlin')).toBeUndefined();
    expect(store.currentId('core:moscow-kremlin')).toBe('wn:kremlin');
  });

  it('is refused in a store where the former id is also an entity, or where two entities claim it', () => {
    const taken = mergedStore(true);
    taken.entities.find((e) => e.id === 'wn:kremlin')!.formerIds = ['core:nato'];
    expect(() => loadStore(taken)).toThrow(/"wn:kremlin".*former id "core:nato", which an entity has now/);
    const twice = mergedStore(true);
    twice.entities.find((e) => e.id === 'core:nato')!.formerIds = ['core:kremlin'];
    expect(() => loadStore(twice)).toThrow(/repeats the former id "core:kremlin"/);
  });
});

describe('an index file', () => {
  it('of an older build is refused, with a message that says to rebuild', () => {
    const index = JSON.parse(asciiJson(compileStoreForEngine(mergedStore(true)).index)) as { format: string };
    index.format = 'gloss-index/4';
    expect(() => openStore(index)).toThrow(
      /index: format is "gloss-index\/4", expected gloss-index\/5: .*rebuild it \(npm run kb -- build\)/,
    );
  });

  it('with former ids that are not a string is refused', () => {
    const index = JSON.parse(asciiJson(compileStoreForEngine(miniStore()).index)) as {
      entities: Record<string, unknown>;
    };
    index.entities.formerIds = ['core:kremlin'];
    expect(() => openStore(index)).toThrow(/index: formerIds is not a string/);
  });
});
