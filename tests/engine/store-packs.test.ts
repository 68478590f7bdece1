import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '@/engine/annotate';
import { cardData } from '@/engine/card';
import { loadStore } from '@/engine/store';
import type { StoredPack } from '@/engine/store-packs';
import { PACK_PRIOR, mergePacks, packEntities } from '@/engine/store-packs';
import { miniStore } from '../fixtures/mini-store';

const team: StoredPack = {
  id: 'team',
  name: 'My team',
  importedAt: '2026-11-27T10:00:00.000Z',
  entries: [
    {
      name: 'Adaeze Okonkwo',
      type: 'person',
      description: 'Our team lead',
      aliases: [{ text: 'Adaeze Okonkwo' }, { text: 'Ada Okonkwo' }],
      facts: [{ key: 'born', value: '1990-02-01' }],
      wikipedia: null,
    },
    {
      name: 'Widget Works',
      type: 'organisation',
      description: '',
      aliases: [],
      facts: [],
      wikipedia: null,
      priority: 1,
    },
    {
      name: 'Widget Works',
      type: 'place',
      description: 'The factory',
      aliases: [],
      facts: [],
      wikipedia: null,
    },
  ],
};

describe('mergePacks', () => {
  it('adds a pack as a source named after it, with entities `pack:<id>:<slug>`', () => {
    const base = miniStore();
    const merged = mergePacks(base, [team]);
    expect(merged.entities.slice(0, base.entities.length)).toEqual(base.entities);
    expect(merged.entities.slice(base.entities.length).map((e) => [e.id, e.prior, e.source])).toEqual([
      ['pack:team:adaeze-okonkwo', PACK_PRIOR, 'pack:team'],
      ['pack:team:widget-works', 0.85, 'pack:team'],
      ['pack:team:widget-works-2', PACK_PRIOR, 'pack:team'],
    ]);
    expect(merged.sources.at(-1)).toEqual({
      key: 'pack:team',
      name: 'My team',
      version: '',
      licence: '',
      url: '',
      asOf: '2026-11-27',
    });
    // A plain repeat of the name among the aliases is dropped.
    expect(packEntities(team)[0]?.aliases).toEqual([{ text: 'Ada Okonkwo' }]);
    expect(base.entities).toHaveLength(miniStore().entities.length);
  });

  it('gives a store the engine loads, where the pack names get cards like built-in ones', () => {
    const store = loadStore(mergePacks(miniStore(), [team]));
    const mentions = annotateBlocks(store, ['Adaeze Okonkwo met Vladimir Putin in Moscow.'], {});
    expect(mentions.map((m) => m.entityId)).toContain('pack:team:adaeze-okonkwo');
    expect(mentions.map((m) => m.entityId)).toContain('core:vladimir-putin');
    const card = cardData(store, 'pack:team:adaeze-okonkwo');
    expect(card?.description).toBe('Our team lead');
    expect(card?.source.name).toBe('My team');
  });

  it('skips a pack whose id repeats or is malformed', () => {
    const merged = mergePacks(miniStore(), [team, { ...team, name: 'Again' }, { ...team, id: 'Bad Id' }]);
    expect(merged.sources.filter((s) => s.key.startsWith('pack:')).map((s) => s.name)).toEqual(['My team']);
  });
});
