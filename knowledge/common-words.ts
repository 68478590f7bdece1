import { normalizeKey } from '../engine/normalize';
// Words the rule must know that WordNet lacks as lower-case lemmas: function words, and the
// README's own examples ("jordan" is a WordNet proper noun only, yet a given name read as a word
// by case-blind matchers), so the validator enforces exactly what the README promises.
const EXTRA_WORDS = [
  'jordan',
  'shall',
  'should',
  'would',
  'could',
  'the',
  'and',
  'but',
  'or',
  'if',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'we',
  'they',
  'us',
  'it',
  'its',
  'his',
  'her',
  'our',
  'their',
  'who',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
  'not',
  'no',
  'yes',
  'all',
  'any',
  'some',
  'very',
  'also',
  'just',
  'now',
  'then',
  'here',
  'there',
  'with',
  'from',
  'into',
  'over',
  'under',
  'after',
  'before',
  'about',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'to',
  'up',
  'out',
  'off',
];

const LOWER_WORD = /^[a-z]+$/;

/**
 * The set of common English words: single-word lemmas that WordNet writes in lower case in its
 * noun, verb, adjective and adverb data files. The index files cannot be used: they lower-case
 * every lemma, proper nouns included ("russia"), while the data files keep "China" and "china"
 * apart — which is exactly the distinction wanted.
 */
export function buildCommonWords(lemmaLists: Iterable<readonly (readonly string[])[]>): Set<string> {
  const words = new Set<string>(EXTRA_WORDS);
  for (const list of lemmaLists)
    for (const lemmas of list) for (const lemma of lemmas) if (LOWER_WORD.test(lemma)) words.add(lemma);
  return words;
}

/**
 * Whether an alias must carry `common: true`: one word whose lower-case form is a common English
 * word. Such a name needs its capital to link, and the engine wants support for it at a sentence
 * start ("Turkey", "Chad", "May", and also "China", whose lower-case form is porcelain). All-capital
 * forms ("US", "WHO") are exempt: their spelling already keeps them apart from the word.
 */
export function isCommonWordAlias(text: string, common: ReadonlySet<string>): boolean {
  if (text.includes(' ') || (text.length > 1 && text === text.toUpperCase())) return false;
  // Folded as pages are matched: the village of Būsh is what "Bush" reads as, a common word.
  return common.has(text.toLowerCase()) || common.has(normalizeKey(text));
}
