import { describe, expect, it } from 'vitest';
import { annotateBlocks, createDocumentContext } from '../../engine/annotate';
import { loadStore } from '../../engine/store';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import type { StoreEntity } from '../../engine/types';
import { miniStore } from '../fixtures/mini-store';
import { shown, shownIn, store } from './helpers';

describe('linker: short forms and weak aliases', () => {
  it.each([
    [
      'Vladimir Putin arrived. Putin spoke.',
      ['Vladimir Putin=core:vladimir-putin', 'Putin=core:vladimir-putin'],
    ],
    [
      'Putin spoke. Later Vladimir Putin left.',
      ['Putin=core:vladimir-putin', 'Vladimir Putin=core:vladimir-putin'],
    ],
    // A world figure's surname alone names them; "Xi" is too short to trust without support.
    ['Putin spoke about it.', ['Putin=core:vladimir-putin']],
    ['Xi said so.', []],
    ['Russian President Putin spoke.', ['Putin=core:vladimir-putin']],
    ['Mr Xi said so.', []],
    [
      'Xi Jinping met Putin. Xi said so.',
      ['Xi Jinping=core:xi-jinping', 'Putin=core:vladimir-putin', 'Xi=core:xi-jinping'],
    ],
    ['Chinese spokesman Mao Ning said it.', ['Mao Ning=core:mao-ning']],
    ['Mao was there.', []],
    ['Denzel Washington starred. Then Tom Washington spoke.', ['Denzel Washington=core:denzel-washington']],
    ['Putin told Russia it would win.', ['Putin=core:vladimir-putin', 'Russia=wc:russia']],
    ['Only John knew.', []],
    [
      'Denzel Washington starred. Washington said so.',
      ['Denzel Washington=core:denzel-washington', 'Washington=core:denzel-washington'],
    ],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('linker: parts of longer names and phrases', () => {
  it.each([
    ['It joined the Shanghai Cooperation Organization in 2001.', []],
    ['He met Georgia Power executives.', []],
    ['He met in Shanghai with leaders.', ['Shanghai=wn:shanghai']],
    ['The war in Ukraine goes on.', ['Ukraine=wc:ukraine']],
    ['The Uzbek city of Samarkand.', ['Samarkand=wn:samarkand']],
    ['Officials of the City of Tbilisi met.', ['Tbilisi=wn:tbilisi']],
    // A sentence's first word before a place may start a longer name, unless it is a function word.
    ['Investment Russia said it approved the deal.', []],
    // Another name of the place elsewhere does not make this span the place.
    ['The Russian Federation said so. Fans of Captain Russia cheered.', ['Russian Federation=wc:russia']],
    ['Across Russia, people voted.', ['Russia=wc:russia']],
    ['Yesterday Russia said so.', ['Russia=wc:russia']],
    ['One drink a day is OK for you.', []],
    ['He lives in Okla., near Texas.', []],
    ['Russia said so, Tass reported.', ['Russia=wc:russia', 'Tass=core:tass']],
    ['Vladimir Putin and TASS', ['Vladimir Putin=core:vladimir-putin', 'TASS=core:tass']],
    // After an honorific a name is a person's or a title (a pageant's), never the place.
    ['Putin watched Miss USA and Miss Teen USA.', ['Putin=core:vladimir-putin']],
    ['Officials said Miss Russia won.', []],
    // Before a company suffix, a sentence's capitalised first word starts the company's name.
    ['Global Tass Corp said it grew.', []],
    ['The Tass Corp said it grew.', ['Tass=core:tass']],
    ['Fighting in DR Congo goes on.', []],
    // A person's name as a whole quotation is mostly a show's or a work's title; a nickname is theirs.
    ['He will appear on "Putin," the talk show.', []],
    ['The man known as "Putin" spoke.', ['Putin=core:vladimir-putin']],
    ['Putin spoke, "and then left."', ['Putin=core:vladimir-putin']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('linker: related entities and ambiguity', () => {
  it.each([
    ['He flew to Georgia and then to Tbilisi.', ['Georgia=wc:georgia', 'Tbilisi=wn:tbilisi']],
    ['He flew to Georgia and then to Atlanta.', ['Georgia=wn:georgia-state', 'Atlanta=wn:atlanta']],
    ['He flew to Georgia.', []],
    ['Forces in Asia, Europe and beyond.', ['Asia=wn:asia', 'Europe=wn:europe']],
    ['The Washington Post reported it.', ['The Washington Post=core:the-washington-post']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));

  it('never lets a name\'s one reading vouch for another: "USA" the country does not make it the Army', () => {
    // The Army's country is the United States, which the same "USA" put in the document's context.
    expect(shown('The USA is big.')).not.toContain('USA=wn:united-states-army');
    expect(shown('The USA is big. The US Army is bigger.')).toContain('US Army=wn:united-states-army');
  });

  it('gives one sense per name in a document', () => {
    const ids = shown(['Tbilisi is the capital.', 'Georgia is small.', 'In Georgia, people vote.']);
    expect(ids).toEqual(['Tbilisi=wn:tbilisi', 'Georgia=wc:georgia', 'Georgia=wc:georgia']);
  });

  it('keeps scores in [0, 1] and drops those under the floor', () => {
    const mentions = annotateBlocks(store, ['Putin and Russia and Georgia and Moscow.'], { floor: 0.5 });
    for (const m of mentions) expect(m.score).toBeGreaterThanOrEqual(0.5);
    for (const m of annotateBlocks(store, ['Vladimir Putin, Putin, Russia'], { floor: 0 }))
      expect(m.score).toBeLessThanOrEqual(1);
  });
});

describe('linker: one-word names of the long tail need support', () => {
  it.each([
    ['The mayor praised Moore yesterday.', []],
    ['Officials in Moore met.', ['Moore=wn:moore']],
    ['A tornado hit Moore, Oklahoma, on Monday.', ['Moore=wn:moore', 'Oklahoma=wn:oklahoma']],
    // After a place and a comma, the state: not a town of that name in a state the story names.
    [
      'Storms hit Atlanta, Georgia, and Tulsa, Oklahoma.',
      ['Atlanta=wn:atlanta', 'Georgia=wn:georgia-state', 'Oklahoma=wn:oklahoma'],
    ],
    ['Coach Mal Moore retired. Later, officials in Moore said so.', []],
    ['Sales rose in March.', []],
    ['Republican senators met.', []],
    ['He met the Republican senators.', []],
    ['Moore met officials.', []],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('linker: cues around a name', () => {
  it.each([
    ['The artificial pancreas (AP) works. AP research grows.', []],
    [
      'The Associated Press (AP) reported it. AP said so.',
      ['Associated Press=core:associated-press', 'AP=core:associated-press', 'AP=core:associated-press'],
    ],
    ['General Motors Corp said profits rose.', ['General Motors=core:general-motors']],
    ['LONDON (Reuters) - Prices fell.', ['LONDON=wn:london']],
    ['The storm hit San Juan de Nicaragua on Monday.', []],
    ['Rain fell in Nicaragua Tuesday.', ['Nicaragua=wc:nicaragua']],
    ['Vladimir Putin spoke. Later Putin Smith arrived.', ['Vladimir Putin=core:vladimir-putin']],
    // Capitals before a full name are a role or a body; before a surname alone they may be initials.
    ['The state media TV Vladimir Putin interview aired.', ['Vladimir Putin=core:vladimir-putin']],
    ['Later the veteran Vladimir Putin arrived.', ['Vladimir Putin=core:vladimir-putin']],
    ['Later the veteran JR Putin arrived.', []],
    // A plural name after a quantifier, ending its phrase, is people: the state's, not the team.
    [
      'The United States team is not the Texans.',
      ['United States=wc:united-states', 'Texans=core:houston-texans'],
    ],
    ['The United States is home to many Texans, we know.', ['United States=wc:united-states']],
    // Names listed before a plural head they share are parts of longer names.
    ['Shares fell on the Zürich and London Stock Exchanges.', []],
    ['Fires burned in Zürich, Nice and London counties.', []],
    ['Fires burned in Zürich, Nice and London.', ['Zürich=wn:zurich', 'Nice=wn:nice', 'London=wn:london']],
    ['Shares fell in Zürich and on the London Stock Exchange.', ['Zürich=wn:zurich']],
    ['Shares fell on the Zürich and London Stock Exchange.', ['Zürich=wn:zurich']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('linker: a place qualified by its state or country', () => {
  it.each([
    // The province after the comma picks the lesser London, far below the capital in rank.
    ['The mayor of London, Ontario, resigned.', ['London=wn:london-ontario', 'Ontario=wn:ontario']],
    // Alone, London is the capital.
    ['The mayor of London resigned.', ['London=wn:london']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('linker: a name hyphened to another', () => {
  it.each([
    // A capitalised word only a weak name (a surname) covers makes one longer name, as in "Bristol-Myers".
    ['Shares of Zürich-Mao rose on Monday.', []],
    // A full name on the other side makes two names; a person keeps a surname hyphened to another.
    ['The Zürich-Russia talks ended on Monday.', ['Zürich=wn:zurich', 'Russia=wc:russia']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('linker: places in sports reports', () => {
  it.each([
    // A result and a sport word: the countries are the teams the store does not have.
    ['Russia beat Georgia 2-1 in the match.', []],
    // Sport words count however they are capitalised.
    ['Russia beat Georgia 2-1 in the Match.', []],
    ["Russia beat Georgia 2-1 in the Cup's final.", []],
    ['In the 20th minute, Russia took the lead.', ['Russia=wc:russia']],
    // A cue still says the place is meant.
    ['The match in Tbilisi ended 2-1 after a late goal.', ['Tbilisi=wn:tbilisi']],
    ['Fans from Russia cheered the goal in the match.', ['Russia=wc:russia']],
    // Ranges and fractions are no results: "July 1-10", "6-3/8 pct".
    ['Russia will ship wheat July 1-10, at 6-3/8 pct.', ['Russia=wc:russia']],
    // Votes and court splits are no results, nor is the goal of a policy.
    ['The Senate voted 52-48 on the goal of aid to Russia.', ['Russia=wc:russia']],
    ['In a 5-4 ruling on the goal of the law, Russia lost.', ['Russia=wc:russia']],
    // Words politics uses as sport does are no sports report alone; beside a sport word they are.
    ['The goal of the game of talks with Russia is trade.', ['Russia=wc:russia']],
    ['Russia scored the goal of the match.', []],
    // A team role right after the name makes it the team, even in a story of no other sport word.
    ['Russia captain Ivan Petrov was injured on Monday.', []],
    ['Zürich fans marched on Monday.', []],
    ['Zürich banks and Russia officials met on Monday.', ['Zürich=wn:zurich', 'Russia=wc:russia']],
    // A city has a mayor: a president after its name is its club's; after a country, the head of state.
    ['Atlanta president John Smith resigned on Monday.', []],
    [
      'Russia president Vladimir Putin met Atlanta officials.',
      ['Russia=wc:russia', 'Vladimir Putin=core:vladimir-putin', 'Atlanta=wn:atlanta'],
    ],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));

  it('reads a line of a match report as sport when the document is one', () => {
    const report = [
      'Russia won the cup final 2-1 with a late goal.',
      'The coach praised the striker.',
      'Russia led at halftime.',
    ];
    expect(shown(report)).toEqual([]);
  });
});

describe('annotateBlocks', () => {
  it('reports offsets into the original blocks', () => {
    const blocks = ['😀 Zu\u0308rich\u00A0and Russia’s army', 'São Paulo? No: Zürich.'];
    const mentions = annotateBlocks(store, blocks);
    expect(mentions.map((m) => [m.block, blocks[m.block]?.slice(m.start, m.end)])).toEqual([
      [0, 'Zu\u0308rich'],
      [0, 'Russia'],
      [1, 'Zürich'],
    ]);
    expect(mentions[0]).toMatchObject({ start: 3, end: 10, entityId: 'wn:zurich', type: 'place' });
  });

  it('carries context to blocks sent later for the same page', () => {
    const context = createDocumentContext();
    annotateBlocks(store, ['Vladimir Putin arrived in the morning.'], { context });
    annotateBlocks(store, ['Xi Jinping arrived in the morning.'], { context });
    const later = annotateBlocks(store, ['Xi spoke.'], { context });
    expect(later.map((m) => m.entityId)).toEqual(['core:xi-jinping']);
    expect(later[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(shown('Xi spoke.')).toEqual([]);
  });

  it('links demonyms only when asked', () => {
    expect(shown('Chinese bombers flew.')).toEqual([]);
    expect(shown('The Chinese bombers flew.', { demonyms: true })).toEqual(['Chinese=wc:china']);
  });

  it('can switch parts off for ablation', () => {
    const text = 'Xi Jinping arrived. Xi spoke.';
    expect(shown(text)).toEqual(['Xi Jinping=core:xi-jinping', 'Xi=core:xi-jinping']);
    expect(shown(text, { ablate: ['context'] })).toEqual(['Xi Jinping=core:xi-jinping']);
    expect(shown('It joined the Shanghai Cooperation Organization.', { ablate: ['neighbours'] })).toEqual([
      'Shanghai=wn:shanghai',
    ]);
  });

  it('handles empty input', () => {
    expect(annotateBlocks(store, [])).toEqual([]);
    expect(annotateBlocks(store, ['', '   '])).toEqual([]);
  });
});

describe('linker: capitalised neighbours', () => {
  it('in a title-case headline a capital before a name named elsewhere says nothing', () => {
    const blocks = ['The North Atlantic Treaty Organization met.', 'How the Gotham NATO Plan Could Work'];
    expect(shown(blocks)).toEqual(['North Atlantic Treaty Organization=core:nato', 'NATO=core:nato']);
  });

  it('a demonym before a name named elsewhere only says whose it is: "the Afghan Taliban"', () => {
    const named = 'The North Atlantic Treaty Organization met.';
    expect(shown(`${named} The Georgian NATO mission closed.`)).toEqual([
      'North Atlantic Treaty Organization=core:nato',
      'NATO=core:nato',
    ]);
    // A capitalised word that is no demonym may start a longer name the store lacks.
    expect(shown(`${named} The Gotham NATO mission closed.`)).toEqual([
      'North Atlantic Treaty Organization=core:nato',
    ]);
  });

  it('ends a name at a possessive: "Russia\'s Gazprom" is Russia and its company', () => {
    expect(shown("Overseas, Russia’s Gazprom fell and Russia's Lukoil rose.")).toEqual([
      'Russia=wc:russia',
      'Russia=wc:russia',
    ]);
    expect(shown('Overseas, Russia Gazprom fell.')).toEqual([]);
  });

  it('reads a capital before a one-letter name as part of a longer name: "OS X" is no "X"', () => {
    const compiled = miniStore();
    const xco: StoreEntity = {
      id: 't:xco',
      type: 'organisation',
      name: 'Xco Platform',
      aliases: [{ text: 'Xco' }, { text: 'X', weak: true, common: true }],
      description: 'A platform',
      facts: [],
      source: 'news-core',
      wikipedia: 'Xco Platform',
      prior: 0.8,
    };
    const s = loadStore({ ...compiled, entities: [...compiled.entities, xco] });
    const linked = (text: string) =>
      annotateBlocks(s, [text])
        .filter((m) => m.score >= DEFAULT_SETTINGS.threshold)
        .map((m) => text.slice(m.start, m.end));
    expect(linked('Xco grew fast. Then X banned him.')).toEqual(['Xco', 'X']);
    expect(linked('Xco grew fast. It runs on OS X machines.')).toEqual(['Xco']);
  });
});

describe('linker: a region and the places named after it', () => {
  const place = (id: string, prior: number, facts: StoreEntity['facts'], name = 'Oregonia'): StoreEntity => ({
    id,
    type: 'place',
    name,
    aliases: [],
    description: name,
    facts,
    source: 'news-core',
    wikipedia: null,
    prior,
  });
  const compiled = miniStore();
  const s = loadStore({
    ...compiled,
    entities: [
      ...compiled.entities,
      // A state, and a small town and a river named after it.
      place('t:state', 0.45, [{ key: 'country', value: 'Germany' }]),
      place('t:town', 0.37, [{ key: 'division', value: 'Bavaria' }]),
      place('t:river', 0.35, [{ key: 'country', value: 'Germany' }]),
      // Two towns of one name: the larger is no region.
      place('t:lindo-big', 0.45, [{ key: 'division', value: 'Saxony' }], 'Lindo'),
      place('t:lindo-small', 0.37, [{ key: 'division', value: 'Bavaria' }], 'Lindo'),
      // A state whose plain name is the weak one, as the city of the name has it ("New York").
      {
        ...place('t:gotham-state', 0.36, [{ key: 'country', value: 'Germany' }], 'Gotham State'),
        aliases: [{ text: 'Gotham', weak: true }],
      },
      {
        ...place('t:gotham-city', 0.53, [{ key: 'division', value: 'Gotham State' }], 'Gotham City'),
        aliases: [{ text: 'Gotham' }],
      },
      place('t:albo', 0.45, [{ key: 'division', value: 'Gotham' }], 'Albo'),
    ],
  });
  const linked = (text: string) => shownIn(s, text);

  it('reads a name as the region, whose namesakes from the long tail need support', () => {
    expect(linked('She moved to Oregonia in 2010.')).toEqual(['Oregonia=t:state']);
  });

  it('reads a weak name of a region after a place in it and a comma as that region', () => {
    expect(linked('Police in Albo, Gotham, said so.')).toEqual(['Albo=t:albo', 'Gotham=t:gotham-state']);
    // A byline's place after its publication is the city, as "Gotham" alone is.
    expect(linked('By Jane Doe, Planet News, Gotham')).toEqual(['Gotham=t:gotham-city']);
    expect(linked('The Gotham mayor spoke.')).toEqual(['Gotham=t:gotham-city']);
  });

  it('still finds a town ambiguous beside a namesake town', () => {
    expect(linked('She moved to Lindo in 2010.')).toEqual([]);
  });
});

describe('linker: a surname alone', () => {
  const person = (id: string, name: string, surname: string, prior: number): StoreEntity => ({
    id,
    type: 'person',
    name,
    aliases: [{ text: surname, weak: true }],
    description: name,
    facts: [],
    source: 'news-core',
    wikipedia: name,
    prior,
  });
  const withPeople = (...people: StoreEntity[]) => {
    const compiled = miniStore();
    return loadStore({ ...compiled, entities: [...compiled.entities, ...people] });
  };
  const linked = (s: ReturnType<typeof loadStore>, text: string) =>
    annotateBlocks(s, [text])
      .filter((m) => m.score >= DEFAULT_SETTINGS.threshold)
      .map((m) => m.entityId);

  it('names a world figure when every namesake ranks well below them', () => {
    const s = withPeople(
      person('t:a', 'Ada Quimby', 'Quimby', 0.85),
      person('t:b', 'Bo Quimby', 'Quimby', 0.5),
    );
    expect(linked(s, 'Officials said Quimby would visit.')).toEqual(['t:a']);
  });

  it('needs support when a namesake ranks close to them', () => {
    const s = withPeople(
      person('t:a', 'Ada Quimby', 'Quimby', 0.85),
      person('t:b', 'Bo Quimby', 'Quimby', 0.8),
    );
    expect(linked(s, 'Officials said Quimby would visit.')).toEqual([]);
    expect(linked(s, 'Bo Quimby arrived. Officials said Quimby would visit.')).toEqual(['t:b', 't:b']);
  });

  it("doubts a small place's name that a person the store knows bears as a surname", () => {
    const town: StoreEntity = {
      ...person('t:town', 'Quimby', 'Quimby', 0.37),
      type: 'place',
      aliases: [],
      facts: [{ key: 'country', value: 'Russia' }],
    };
    const text = 'Russia approved the takeover of Quimby.';
    expect(linked(withPeople(town), text)).toEqual(['wc:russia', 't:town']);
    expect(linked(withPeople(town, person('t:a', 'Ada Quimby', 'Quimby', 0.55)), text)).toEqual([
      'wc:russia',
    ]);
  });

  it('takes no "in" as a place cue for a small town whose name is both a word and a surname', () => {
    const town = (id: string, name: string): StoreEntity => ({
      ...person(id, name, name, 0.418),
      type: 'place',
      aliases: [{ text: name, common: true }],
      facts: [{ key: 'country', value: 'Egypt' }],
    });
    // Towns whose names fold to ordinary words; George W. Bush is in the store, no one named Toll.
    const s = withPeople(town('t:bush', 'Būsh'), town('t:toll', 'Tōll'));
    expect(linked(s, 'He took part in Bush felony crimes.')).toEqual([]);
    expect(linked(s, 'He took part in Toll felony crimes.')).toEqual(['t:toll']);
  });

  it('needs support for a surname many people share, however far one of them leads', () => {
    const s = withPeople(
      person('t:a', 'Ada Quimby', 'Quimby', 0.85),
      person('t:b', 'Bo Quimby', 'Quimby', 0.5),
      person('t:c', 'Cy Quimby', 'Quimby', 0.5),
    );
    expect(linked(s, 'Officials said Quimby would visit.')).toEqual([]);
    expect(linked(s, 'Ada Quimby arrived. Officials said Quimby would visit.')).toEqual(['t:a', 't:a']);
  });

  it('names a world figure by a surname that is also a word, unless the story uses the word', () => {
    const figure = (prior: number) => {
      const entity = person('t:a', 'Ada Quimby', 'Quimby', prior);
      return { ...entity, aliases: [{ text: 'Quimby', weak: true, common: true }] };
    };
    expect(linked(withPeople(figure(0.85)), 'Officials said Quimby would visit.')).toEqual(['t:a']);
    expect(
      linked(withPeople(figure(0.85)), 'A quimby is a word. Officials said Quimby would visit.'),
    ).toEqual([]);
    // Below the top tier a word is more often meant than the person.
    expect(linked(withPeople(figure(0.7)), 'Officials said Quimby would visit.')).toEqual([]);
  });

  it('reads a first name as the one person of that first name named in full', () => {
    const s = withPeople(
      person('t:a', 'Ada Quimby', 'Quimby', 0.55),
      person('t:z', 'Ada Zorn', 'Zorn', 0.55),
    );
    expect(linked(s, 'Ada Quimby arrived. Later Ada said so.')).toEqual(['t:a', 't:a']);
    expect(linked(s, 'Ada said so. Ada Quimby arrived.')).toEqual(['t:a', 't:a']);
    // Two people of one first name: it names neither.
    expect(linked(s, 'Ada Quimby and Ada Zorn arrived. Later Ada said so.')).toEqual(['t:a', 't:z']);
  });

  it('takes no title or honorific that starts a known name for a first name', () => {
    const s = withPeople({
      ...person('t:a', 'Ada Quimby', 'Quimby', 0.55),
      aliases: [{ text: 'President Quimby' }, { text: 'Dr Quimby' }],
    });
    expect(linked(s, 'President Quimby spoke. They briefed President-elect Zorn.')).toEqual(['t:a']);
    expect(linked(s, 'Dr Quimby spoke. Later Dr Zorn said so.')).toEqual(['t:a']);
  });

  it('leaves a first name that a prominent place also goes by to the place', () => {
    const s = withPeople(person('t:m', 'Moscow Quimby', 'Quimby', 0.55));
    expect(linked(s, 'Moscow Quimby arrived. Moscow said so.')).toEqual(['t:m', 'wn:moscow']);
    // The surname still repeats the person.
    expect(linked(s, 'Moscow Quimby arrived. Quimby said so.')).toEqual(['t:m', 't:m']);
  });

  it('does not read a common first name as a famous surname', () => {
    const namesakes = Array.from({ length: 20 }, (_, i) =>
      person(`t:q${i}`, `Quimby Person${i}`, `Person${i}`, 0.35),
    );
    const s = withPeople(person('t:a', 'Ada Quimby', 'Quimby', 0.85), ...namesakes);
    expect(linked(s, 'Officials said Quimby would visit.')).toEqual([]);
  });
});

describe('linker: codes and capitals', () => {
  const entity = (id: string, type: StoreEntity['type'], name: string, prior: number): StoreEntity => ({
    id,
    type,
    name,
    aliases: [],
    description: name,
    facts: [],
    source: 'news-core',
    wikipedia: name,
    prior,
  });
  const s = (() => {
    const compiled = miniStore();
    const extra = [
      entity('t:dax', 'other', 'DAX', 0.7),
      entity('t:dax-town', 'place', 'Dax', 0.37),
      entity('t:cac', 'organisation', 'CAC', 0.7),
    ];
    return loadStore({ ...compiled, entities: [...compiled.entities, ...extra] });
  })();
  const linked = (text: string) => shownIn(s, text);

  it('reads caps as written before reading them as shouted capitals: "DAX" is the index', () => {
    expect(linked('Traders said the DAX index fell.')).toEqual(['DAX=t:dax']);
  });

  it('ends the name before a match at a possessive: "Russia\'s DAX"', () => {
    expect(linked('Traders said Russia’s DAX index fell.')).toEqual(['Russia=wc:russia', 'DAX=t:dax']);
  });

  it('does not link a name that a hyphened number continues: "CAC-40" is not the CAC', () => {
    expect(linked('Traders said the CAC-40 fell.')).toEqual([]);
    expect(linked('Traders said the CAC met.')).toEqual(['CAC=t:cac']);
  });
});

describe('linker: what the sentence says a name is', () => {
  const person = (id: string, name: string, alias: string, prior: number): StoreEntity => ({
    id,
    type: 'person',
    name,
    aliases: [{ text: alias, weak: true }],
    description: name,
    facts: [],
    source: 'news-core',
    wikipedia: name,
    prior,
  });
  // Twenty people called Ada (or Cy) make "Ada" (and "Cy") a given name of the store.
  const namesakes = (given: string) =>
    Array.from({ length: 20 }, (_, i) => person(`t:${given}${i}`, `${given} Person${i}`, `Person${i}`, 0.35));
  const s = (() => {
    const compiled = miniStore();
    const people = [
      person('t:camilla', 'Queen Camilla', 'Camilla', 0.85),
      person('t:bo', 'Bo Quimby', 'Quimby', 0.85),
      // News names her by "Cy" alone, as it names Letitia James by "James".
      person('t:dee', 'Dee Cy', 'Cy', 0.75),
    ];
    // A place whose name a few people also have as their first name, as Virginia.
    const vera: StoreEntity = { ...person('t:vera', 'Vera', 'Vera', 0.8), type: 'place', aliases: [] };
    const quimbia: StoreEntity = {
      ...person('t:quimbia', 'Quimbia', 'Quimbia', 0.8),
      type: 'place',
      aliases: [],
      facts: [{ key: 'capital', value: 'Quimbo' }],
    };
    return loadStore({
      ...compiled,
      entities: [
        ...compiled.entities,
        ...namesakes('Ada'),
        ...namesakes('Cy'),
        ...namesakes('Vera').slice(0, 3),
        ...people,
        quimbia,
        vera,
      ],
    });
  })();
  const linked = (text: string) => shownIn(s, text);

  it.each([
    // Listed with a bare given name, a name is someone's given name too, not the city.
    ['Moscow and Ada went skiing.', []],
    ['Ada, Shanghai and Tbilisi went skiing.', []],
    ['Moscow and Tbilisi signed a deal.', ['Moscow=wn:moscow', 'Tbilisi=wn:tbilisi']],
    // After "to", "in", the list is of places; and a person's first name is still theirs.
    ['Flights to Moscow and Ada left.', ['Moscow=wn:moscow']],
    ['Ada and Camilla arrived in Moscow.', ['Camilla=t:camilla', 'Moscow=wn:moscow']],
    // A given name that is also the surname of someone prominent may be them.
    ['Moscow and Cy met.', ['Moscow=wn:moscow']],
    // After a dot, a first name ends a longer name: "St. Paul and Minneapolis".
    ['St. Ada and Moscow signed a deal.', ['Moscow=wn:moscow']],
    // ", and" between two names more often joins two clauses.
    ['He stayed in Moscow, and Ada left.', ['Moscow=wn:moscow']],
    // A name given to a child is no place, nor the surname of someone known.
    ['They named their twins Moscow and Quimby.', []],
    ['A daughter called Shanghai was born.', []],
    ['Quimby spoke in Shanghai.', ['Quimby=t:bo', 'Shanghai=wn:shanghai']],
    // "called" after a child is as often the verb: the son phoned, or said what Quimby was.
    ['His son called Quimby a liar.', ['Quimby=t:bo']],
    // A given name opening a sentence makes one name with the surname after it: someone else's.
    ['The war ended. Ada Quimby spoke.', []],
    ['The war ended. Quimby spoke.', ['Quimby=t:bo']],
    // That surname alone is then the unknown person's, not the famous namesake's.
    ['The war ended. Ada Quimby spoke. Later Quimby left.', []],
    // Not when that first word is itself a name found there: "Virginia Democrats won".
    ['The war ended. Vera Quimby fans cheered.', ['Quimby=t:bo']],
    // A place or prize named after a person is not the person.
    ['They met at Quimby airport.', []],
    ['They met at Quimby airport. A visit to Quimby was short.', []],
    ['The Quimby prize went to Moscow.', ['Moscow=wn:moscow']],
    ["They met Quimby at noon. Quimby's airport plan failed.", ['Quimby=t:bo', 'Quimby=t:bo']],
    // A code name is not the place it borrows.
    ['Moscow was the code name for the plan.', []],
    ['The plan, codenamed Shanghai, failed.', []],
    ['The plan, code-named Shanghai, failed.', []],
    ["Russia's code name for the plan was secret.", ['Russia=wc:russia']],
    ['Spies gave Moscow the code name Tulip.', ['Moscow=wn:moscow']],
    // A part of another place is no country.
    ['Quimbia is a province of Germany.', ['Germany=wc:germany']],
    ['Quimbia, a northern province of Germany, voted.', ['Germany=wc:germany']],
    // A country may still be a region of one ("a special administrative region") or a state of a continent.
    [
      'Quimbia, a special administrative region of Germany, voted.',
      ['Quimbia=t:quimbia', 'Germany=wc:germany'],
    ],
    ['Quimbia is a state in Asia.', ['Quimbia=t:quimbia', 'Asia=wn:asia']],
    ['Quimbia borders Germany.', ['Quimbia=t:quimbia', 'Germany=wc:germany']],
    [
      'Georgia is a state in the United States.',
      ['Georgia=wn:georgia-state', 'United States=wc:united-states'],
    ],
    [
      'Georgia, a state of the United States, voted.',
      ['Georgia=wn:georgia-state', 'United States=wc:united-states'],
    ],
    [
      'Tbilisi is the capital of Georgia. Georgia is a state in which Russia has interests.',
      ['Tbilisi=wn:tbilisi', 'Georgia=wc:georgia', 'Georgia=wc:georgia', 'Russia=wc:russia'],
    ],
  ])('%j → %j', (text, expected) => expect(linked(text)).toEqual(expected));
});
