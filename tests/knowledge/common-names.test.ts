import { describe, expect, it } from 'vitest';
import type { DraftEntity } from '../../knowledge/draft';
import { addAliases } from '../../knowledge/draft';
import { serializeStore } from '../../knowledge/serialize';
import type { StoreEntity } from '../../engine/types';

function draft(name: string): DraftEntity {
  return {
    id: `t:${name.toLowerCase().replace(/ /g, '-')}`,
    type: 'place',
    name,
    aliases: [],
    description: '',
    facts: [],
    source: 'wordnet',
    wikipedia: null,
    hints: { base: 0.35 },
  };
}

function serialized(entity: StoreEntity): StoreEntity | undefined {
  const json = serializeStore({ format: 1, asOf: '2026-01-01', sources: [], entities: [entity] });
  return (JSON.parse(json) as { entities: StoreEntity[] }).entities[0];
}

const asEntity = ({ hints: _hints, ...rest }: DraftEntity): StoreEntity => ({ ...rest, prior: 0.4 });

describe('one-word names that are also common words', () => {
  it('lists a one-word name among its aliases, so the compiler can flag it', () => {
    const e = draft('March');
    addAliases(e, [{ text: 'March' }, { text: 'March Town' }]);
    expect(e.aliases).toEqual([{ text: 'March' }, { text: 'March Town' }]);
  });

  it('never lists a name of several words twice', () => {
    const e = draft('Beverly Hills');
    addAliases(e, [{ text: 'Beverly Hills' }]);
    expect(e.aliases).toEqual([]);
  });

  it('keeps the flagged name in the store file and drops it when it carries no flag', () => {
    const flagged = { ...asEntity(draft('Republican')), aliases: [{ text: 'Republican', common: true }] };
    expect(serialized(flagged)?.aliases).toEqual([{ text: 'Republican', common: true }]);
    const plain = { ...asEntity(draft('Moscow')), aliases: [{ text: 'Moscow' }, { text: 'Moskva' }] };
    expect(serialized(plain)?.aliases).toEqual([{ text: 'Moskva' }]);
  });
});
