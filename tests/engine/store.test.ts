import { describe, expect, it } from 'vitest';
import { aliasKey, loadStore } from '../../engine/store';
import { normalizeKey } from '../../engine/normalize';
import { miniStore } from '../fixtures/mini-store';

describe('loadStore', () => {
  it('indexes names and aliases by key', () => {
    const store = loadStore(miniStore());
    expect(
      store
        .lookup('georgia')
        ?.map((p) => store.entities[p.entity]?.id)
        .sort(),
    ).toEqual(['wc:georgia', 'wn:georgia-state']);
    expect(store.lookup('putin')?.[0]?.weak).toBe(true);
    expect(store.lookup('zurich')).toHaveLength(1);
    expect(store.hasPrefix('the washington')).toBe(true);
    expect(store.byId('wc:russia')?.name).toBe('Russia');
    expect(store.byId('nope')).toBeUndefined();
  });

  it('keeps an alias written with other capitals as another posting of its key', () => {
    const fixture = miniStore();
    const oklahoma = fixture.entities.find((e) => e.id === 'wn:oklahoma');
    if (oklahoma) oklahoma.aliases = [{ text: 'OK' }, { text: 'Ok.' }, { text: 'OK' }];
    const store = loadStore(fixture);
    // "OK" (the postal code) and "Ok." (a clipped name) share the key "ok": both forms match.
    expect(store.lookup('ok')?.map((p) => p.shapes)).toEqual([['upper'], ['cap']]);
  });

  it('marks an alias common when any listing of it says so', () => {
    const store = loadStore(miniStore());
    expect(store.lookup('turkey')?.[0]).toMatchObject({ common: true, weak: false, isName: true });
  });

  const broken: [
    string,
    (s: Record<string, unknown> & { entities: Record<string, unknown>[] }) => void,
    RegExp,
  ][] = [
    ['wrong format', (s) => (s.format = 2), /format/],
    ['entities not a list', (s) => (s.entities = {} as never), /entities is not a list/],
    ['a bad type', (s) => (s.entities[3]!.type = 'city'), /entities\[3\].*unknown type "city"/],
    ['a repeated id', (s) => (s.entities[1]!.id = s.entities[0]!.id), /entities\[1\].*repeats an id/],
    ['a prior out of range', (s) => (s.entities[2]!.prior = 2), /prior/],
    ['an unknown source', (s) => (s.entities[0]!.source = 'x'), /source "x"/],
    ['an alias without text', (s) => (s.entities[0]!.aliases = [{ weak: true }]), /aliases\[0\] has no text/],
    ['an unknown fact key', (s) => (s.entities[0]!.facts = [{ key: 'hat', value: 1 }]), /facts\[0\]/],
  ];
  it.each(broken)('rejects %s with a clear error', (_name, breakIt, message) => {
    const store = miniStore() as unknown as Record<string, unknown> & { entities: Record<string, unknown>[] };
    breakIt(store);
    expect(() => loadStore(store)).toThrow(message);
  });

  it('rejects a store that is not an object', () => {
    expect(() => loadStore(null)).toThrow(/Invalid knowledge store/);
  });
});

describe('aliasKey', () => {
  it.each(['Vladimir Putin', 'Washington, D.C.', 'Guinea-Bissau', "People's Republic of China", 'Zürich'])(
    'keys %j as normalizeKey does, without final punctuation',
    (alias) => expect(aliasKey(alias)?.key).toBe(normalizeKey(alias).replace(/\.$/, '')),
  );
});
