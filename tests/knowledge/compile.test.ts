import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledStore, StoreEntity } from '../../engine/types';
import type { CompileResult } from '../../knowledge/compile';
import { compileStore } from '../../knowledge/compile';
import { validateStore } from '../../engine/store-validate';
import { makeFinder } from '../../cli/kb-find';
import { NEWS_CORE_FIXTURE } from './fixtures';

let result: CompileResult;
let store: CompiledStore;
let find: ReturnType<typeof makeFinder>;

const byId = (id: string): StoreEntity | undefined => store.entities.find((e) => e.id === id);
const fact = (e: StoreEntity | undefined, key: string) => e?.facts.find((f) => f.key === key)?.value;
const first = (name: string): StoreEntity | undefined => byId(find(name)[0]?.id ?? '');

beforeAll(() => {
  result = compileStore({ newsCoreFiles: NEWS_CORE_FIXTURE });
  store = result.store;
  find = makeFinder(store);
}, 60_000);

describe('compiled store from the real packages', () => {
  it('is a valid CompiledStore the engine accepts', () => {
    expect(() => validateStore(JSON.parse(result.json))).not.toThrow();
    expect(store.sources.map((s) => s.key)).toEqual(['world-countries', 'cldr-core', 'wordnet', 'news-core']);
    expect(store.asOf).toBe('2026-05-17');
  });

  it('knows Russia: capital Moscow, a population, its flag code', () => {
    const russia = byId('country:RUS');
    expect(fact(russia, 'capital')).toBe('Moscow');
    expect(fact(russia, 'population')).toBeGreaterThan(100_000_000);
    expect(russia?.countryCode).toBe('RU');
    expect(russia?.description).toBe('Country in Eastern Europe · capital Moscow');
  });

  it('gives Abraham Lincoln his life dates and a weak surname', () => {
    const lincoln = first('Abraham Lincoln');
    expect(lincoln?.type).toBe('person');
    expect(fact(lincoln, 'born')).toBe('1809');
    expect(fact(lincoln, 'died')).toBe('1865');
    expect(lincoln?.aliases).toContainEqual({ text: 'Lincoln', weak: true });
    expect(lincoln?.wikipedia).toBe('Abraham Lincoln');
  });

  it('has the EU, the UN and NATO as organisations', () => {
    for (const name of ['EU', 'European Union', 'UN', 'United Nations', 'NATO'])
      expect(first(name)?.type, name).toBe('organisation');
  });

  it('has the places of the seed article', () => {
    for (const name of ['Samarkand', 'Vladivostok', 'Crimea', 'Kremlin', 'Donbass', 'Moscow'])
      expect(first(name)?.type, name).toBe('place');
    expect(fact(first('Samarkand'), 'country')).toBe('Uzbekistan');
  });

  it('marks common-word names: Turkey and Chad need a capital, US does not', () => {
    expect(byId('country:TUR')?.aliases).toContainEqual({ text: 'Turkey', common: true });
    expect(byId('country:USA')?.aliases).toContainEqual({ text: 'US' });
  });

  it('reads "Europe" as the continent first: it is only a weak name of the EU', () => {
    expect(first('Europe')).toMatchObject({ id: 'wn:europe', wikipedia: 'Europe' });
    expect(byId('wn:european-union')?.aliases).toContainEqual({ text: 'Europe', weak: true });
    expect(first('Asia')?.wikipedia).toBe('Asia');
  });

  it('adds the capitals WordNet lacks and marks the ones it has', () => {
    expect(byId('capital:UKR-kyiv')).toMatchObject({ name: 'Kyiv', description: 'Capital of Ukraine' });
    expect(first('Moscow')?.prior).toBeGreaterThan(byId('wn:samarkand')?.prior ?? 1);
  });

  it('ranks a big country above a small place of the same name', () => {
    const georgia = find('Georgia');
    expect(georgia[0]?.id).toBe('country:GEO');
    expect(georgia.length).toBeGreaterThan(1);
  });
});

describe('merge', () => {
  it("makes one Russia: WordNet's Russian Federation joins the country entry", () => {
    expect(find('Russian Federation').map((m) => m.id)).toEqual(['country:RUS']);
    expect(store.entities.some((e) => e.id === 'wn:09028783')).toBe(false);
  });

  it('keeps the Soviet Union apart from Russia', () => {
    expect(find('USSR').map((m) => m.id)).not.toContain('country:RUS');
  });

  it('folds a news-core entry into the WordNet entry with the same Wikipedia title', () => {
    const putin = find('Vladimir Putin');
    expect(putin).toHaveLength(1);
    expect(putin[0]).toMatchObject({
      id: 'wn:vladimir-putin',
      description: 'President of Russia since 2012',
    });
    expect(fact(byId('wn:vladimir-putin'), 'born')).toBe('1952-10-07');
  });

  it('folds NATO by name and keeps the core title and names', () => {
    const nato = find('NATO');
    expect(nato).toHaveLength(1);
    expect(nato[0]?.wikipedia).toBe('NATO');
    expect(find('North Atlantic Treaty Organization')[0]?.id).toBe(nato[0]?.id);
  });

  it('keeps a core entry of its own when nothing matches', () => {
    expect(byId('core:mao-ning')?.prior).toBeGreaterThan(0.5);
  });
});

describe('determinism', () => {
  it('two compiles give identical bytes, entities sorted by id', () => {
    const again = compileStore({ newsCoreFiles: NEWS_CORE_FIXTURE });
    expect(again.json).toBe(result.json);
    const ids = store.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }, 60_000);
});
