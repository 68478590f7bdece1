import { describe, expect, it } from 'vitest';
import type { DraftEntity } from '../../knowledge/draft';
import type { Synset } from '../../knowledge/sources/wordnet-data';
import { wikipediaGuess } from '../../knowledge/sources/wordnet-wikipedia';

function guess(
  name: string,
  type: DraftEntity['type'],
  gloss: string,
  popular: ReadonlySet<string> = new Set(),
  lemmas: readonly string[] = [name],
): string | null {
  const draft: DraftEntity = {
    id: 'wn:test',
    type,
    name,
    aliases: [],
    description: gloss,
    facts: [],
    source: 'wordnet',
    wikipedia: null,
    hints: { base: 0.3 },
  };
  const synset: Synset = {
    offset: '1',
    lexFile: 4,
    lemmas: lemmas.map((l) => l.replace(/ /g, '_')),
    pointers: [],
    gloss,
  };
  return wikipediaGuess(draft, synset, new Map([[name.toLowerCase().replace(/ /g, '_'), 1]]), popular);
}

describe('Wikipedia titles guessed for WordNet events', () => {
  it.each([
    ['Crimean War', 'war between Russia and the Ottoman Empire (1853-1856)', 'Crimean War'],
    ['Boston Tea Party', 'demonstration (1773) by citizens of Boston', 'Boston Tea Party'],
    // A battle named by its place: that title is the place's article, not the battle's.
    ['Bunker Hill', 'the first major battle of the American Revolution', null],
    ['Lake Trasimenus', 'a battle in 217 BC in which Hannibal ambushed a Roman army', null],
    ['Dien Bien Phu', 'French military base fell after a siege by Vietnam troops', null],
  ])('%s → %s', (name, gloss, title) => expect(guess(name, 'event', gloss)).toBe(title));
});

describe('Wikipedia titles confirmed by the list of much-read articles', () => {
  const popular = new Set(['knesset', 'harvard university', 'ravenna', 'oaxaca']);
  it('titles a one-word body and a US place the rules alone leave untitled', () => {
    expect(guess('Knesset', 'organisation', 'the unicameral parliament of Israel')).toBeNull();
    expect(guess('Knesset', 'organisation', 'the unicameral parliament of Israel', popular)).toBe('Knesset');
    expect(guess('Harvard University', 'place', 'a university in Massachusetts', popular)).toBe(
      'Harvard University',
    );
  });

  it('keeps the rules that say the article is about something else', () => {
    // The battle's place, and a city whose longer name is its title.
    expect(
      guess('Ravenna', 'event', 'a battle in which the French defeated the Spanish', popular),
    ).toBeNull();
    expect(
      guess('Oaxaca', 'place', 'a city in southern Mexico', popular, ['Oaxaca', 'Oaxaca de Juarez']),
    ).toBeNull();
    // People keep their own rule: a middle name spelt out is not the title's form.
    const judge = new Set(['harlan fiske stone']);
    expect(guess('Harlan Fiske Stone', 'person', 'United States jurist', judge)).toBeNull();
  });
});
