import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledStore, StoreEntity } from '../../engine/types';
import type { CompileResult } from '../../knowledge/compile';
import { compileStore } from '../../knowledge/compile';
import { validateStore } from '../../engine/store-validate';
import { openStore } from '../../engine/store';
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
    expect(store.sources.map((s) => s.key)).toEqual([
      'world-countries',
      'cldr-core',
      'geonames',
      'wordnet',
      'compromise-wikipedia',
      'news-core',
    ]);
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

  it("takes capitals from GeoNames, with world-countries' spelling as a name", () => {
    expect(first('Kyiv')).toMatchObject({ id: 'geo:703448', wikipedia: 'Kyiv' });
    expect(first('Kyiv')?.description).toMatch(/^Capital of Ukraine · population \d/);
    expect(first('Kiev')?.id).toBe('geo:703448');
    expect(first('Washington D.C.')?.id).toBe(first('Washington, D.C.')?.id);
    expect(first('Moscow')?.prior).toBeGreaterThan(first('Samarkand')?.prior ?? 1);
    expect(store.entities.filter((e) => e.id.startsWith('capital:')).length).toBeLessThan(10);
  });

  it('knows places of 15,000 people and first-level divisions, with facts', () => {
    const samarkand = first('Samarkand');
    expect(samarkand).toMatchObject({ id: 'geo:1216265', source: 'geonames', wikipedia: 'Samarkand' });
    expect(fact(samarkand, 'population')).toBeGreaterThan(400_000);
    expect(first('Texas')).toMatchObject({ id: 'geo:US.TX', description: 'State of the United States' });
    expect(first('Portland, Oregon')?.description).toMatch(/^City in Oregon, United States/);
  });

  it('ranks a big country above a small place of the same name', () => {
    const georgia = find('Georgia');
    expect(georgia[0]?.id).toBe('country:GEO');
    expect(georgia.length).toBeGreaterThan(1);
  });
});

describe('merge', () => {
  it('makes one Moscow of WordNet and GeoNames, with both sets of names', () => {
    const moscow = find('Moscow').filter((m) => fact(byId(m.id), 'country') === 'Russia');
    expect(moscow.map((m) => m.id)).toEqual(['geo:524901']);
    expect(store.entities.some((e) => e.id === 'wn:moscow')).toBe(false);
    expect(find('Moskow')[0]?.id).toBe('geo:524901');
    expect(find('Peking')[0]?.id).toBe(first('Beijing')?.id);
  });

  it('names a city in English where GeoNames writes the local name, which stays a name of it', () => {
    expect(byId('geo:2886242')).toMatchObject({ name: 'Cologne', wikipedia: 'Cologne' });
    expect(first('Köln')?.id).toBe('geo:2886242');
    expect(byId('geo:2660646')).toMatchObject({ name: 'Geneva', wikipedia: 'Geneva' });
    expect(byId('geo:170063')).toMatchObject({ name: 'Aleppo', wikipedia: 'Aleppo' });
    // Capitals and dominant cities take the popular bare title.
    expect(byId('geo:264371')?.wikipedia).toBe('Athens');
    expect(byId('geo:2655603')?.wikipedia).toBe('Birmingham');
  });

  it('ranks a namesake below the place whose article its name is: Boston, Lincolnshire below Boston', () => {
    const gap = (a: string, b: string) => (byId(a)?.prior ?? 0) - (byId(b)?.prior ?? 1);
    expect(gap('geo:4930956', 'geo:2655138')).toBeGreaterThan(0.2); // Boston, Massachusetts and England
    expect(gap('geo:2660646', 'geo:CH.GE')).toBeGreaterThan(0.2); // Geneva, the city and the canton
    expect(gap('geo:264371', 'geo:4180386')).toBeGreaterThan(0.3); // Athens and Athens, Georgia
  });

  it('never merges across types: Toyota the carmaker stays apart from Toyota the city', () => {
    const toyota = find('Toyota');
    expect(toyota.map((m) => m.type).sort()).toEqual(['organisation', 'place']);
    expect(byId('core:toyota')).toMatchObject({ type: 'organisation', wikipedia: 'Toyota' });
    expect(toyota.find((m) => m.type === 'place')?.wikipedia).toBeNull();
    expect(byId('core:john-deere')?.type).toBe('organisation');
    expect(find('John Deere').find((m) => m.type === 'person')?.wikipedia ?? null).toBeNull();
  });

  it('keeps every candidate of an ambiguous name: Georgia, Córdoba', () => {
    expect(find('Georgia').map((m) => m.id)).toEqual(expect.arrayContaining(['country:GEO', 'geo:US.GA']));
    expect(byId('geo:US.GA')?.wikipedia).toBe('Georgia (U.S. state)');
    expect(find('Cordoba').map((m) => m.id)).toEqual(expect.arrayContaining(['geo:3860259', 'geo:AR.05']));
  });

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

  it("keeps the folded core entry's id as a former id: the store finds the merged entity by it", () => {
    expect(byId('core:vladimir-putin')).toBeUndefined();
    expect(byId('wn:vladimir-putin')?.formerIds).toEqual(['core:vladimir-putin']);
    expect(byId('core:mao-ning')).not.toHaveProperty('formerIds');
    const packaged = openStore(JSON.parse(result.files.index), JSON.parse(result.files.details));
    expect(packaged.byId('core:vladimir-putin')).toMatchObject({
      id: 'wn:vladimir-putin',
      description: 'President of Russia since 2012',
    });
    expect(packaged.currentId('core:vladimir-putin')).toBe('wn:vladimir-putin');
    expect(packaged.currentId('core:mao-ning')).toBe('core:mao-ning');
  });

  it('folds NATO by name and keeps the core title and names', () => {
    const nato = find('NATO');
    expect(nato).toHaveLength(1);
    expect(nato[0]?.wikipedia).toBe('NATO');
    expect(find('North Atlantic Treaty Organization')[0]?.id).toBe(nato[0]?.id);
  });

  it("takes a core entry's own title from a synset that lumps it in with another article", () => {
    // WordNet's Scientology (titled "Scientology") also lists "Church of Scientology".
    expect(find('Church of Scientology').map((m) => m.id)).toEqual(['core:church-of-scientology']);
    expect(find('Scientology').map((m) => m.id)).toEqual(['wn:scientology']);
  });

  it('drops a plain party title that a core title qualifies: "Republican Party" lists every such party', () => {
    expect(byId('wn:republican-party')?.wikipedia).toBeNull();
    expect(byId('core:united-states-republican-party')?.wikipedia).toBe('Republican Party (United States)');
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
