import { describe, expect, it } from 'vitest';
import type { DraftEntity } from '../../knowledge/draft';
import type { Synset } from '../../knowledge/sources/wordnet-data';
import { wikipediaGuess } from '../../knowledge/sources/wordnet-wikipedia';

function guess(name: string, type: DraftEntity['type'], gloss: string): string | null {
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
  const synset: Synset = { offset: '1', lexFile: 4, lemmas: [name.replace(/ /g, '_')], pointers: [], gloss };
  return wikipediaGuess(draft, synset, new Map([[name.toLowerCase().replace(/ /g, '_'), 1]]));
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
