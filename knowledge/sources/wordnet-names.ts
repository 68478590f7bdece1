import type { Alias } from '../../engine/types';
import { lemmaText } from './wordnet-data';

// Honorifics that start a lemma such as "President Lincoln": a name led by one is a form of
// address, not the name a card should show.
export const TITLES = new Set(
  'President King Queen Saint St. Sir Lord Lady General Emperor Empress Pope Prince Princess Duke Czar Tsar Marshal Admiral Captain Chief Father Mother Brother Sister Rabbi Reverend Baron Count Earl Dame Dr. Mr. Mrs.'.split(
    ' ',
  ),
);

/** The name to show for a person: the first full name that is not a form of address. */
export function personName(lemmas: readonly string[]): string {
  const texts = lemmas.map(lemmaText);
  // Not "President Lincoln", "de Saussure" (a particle leads) or "1st Baron Beaverbrook".
  const full = texts.find(
    (t) => t.includes(' ') && /^\p{Lu}\p{Ll}/u.test(t) && !TITLES.has(t.split(' ')[0] ?? ''),
  );
  return full ?? texts[0] ?? '';
}

/**
 * Aliases of a synset: every lemma but the name. For a person, a one-word lemma that is a word of
 * one of the full names ("Lincoln" of "Abraham Lincoln", "Mao" of "Mao Zedong") is only part of
 * a name and could mean someone else, so it is weak; so it is for a university's place or founder
 * ("Columbia", "Brown", "Pennsylvania"): `partsWeak` asks for that rule.
 */
export function synsetAliases(lemmas: readonly string[], name: string, partsWeak: boolean): Alias[] {
  const texts = [...new Set(lemmas.map(lemmaText))].filter((t) => t !== name);
  const fullWords = new Set(texts.concat(name).flatMap((t) => (t.includes(' ') ? t.split(' ') : [])));
  return texts.map((text) =>
    partsWeak && !text.includes(' ') && fullWords.has(text) ? { text, weak: true } : { text },
  );
}
