import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../engine/alias-entries';
import { matchTokens } from '../../engine/matcher';
import { normalize } from '../../engine/normalize';
import { tokenize } from '../../engine/tokenize';
import { shown, store } from './helpers';

/** Matched spans (before linking) of a text. */
function spans(text: string): string[] {
  const norm = normalize(text).text;
  return matchTokens(store, tokenize(norm), norm).map((m) => norm.slice(m.start, m.end));
}

describe('matcher: leftmost-longest, whole words', () => {
  it.each([
    ['Chinese spokesman Mao Ning said', ['Mao Ning']],
    ['The Washington Post reported', ['The Washington Post']],
    ['the Washington Post reported', ['Washington Post']],
    ['Guinea-Bissau and Guinea', ['Guinea-Bissau', 'Guinea']],
    // An alias written with a lower-case last word matches as written; others need a capital there.
    ['Russia-Ukraine war', ['Russia', 'Ukraine war']],
    // A hyphen some write between the words of a name written with a space.
    ['the Washington-Post reported', ['Washington-Post']],
    ['Hong-Kong and Mao-Ning', ['Hong-Kong', 'Mao-Ning']],
    ['the Ukraine war ended', ['Ukraine war']],
    ['the Washington post office', ['Washington']],
    ['Russians and Georgians', []],
    ['Moscowitz visited', []],
    ['the U.S. said', ['U.S.']],
    // An abbreviation inside a longer one ("A.U.S.") is not that abbreviation.
    ['the A.U.S. said', []],
    ["People's Republic of China", ["People's Republic of China"]],
    ["McDonald's and Russia's", ["McDonald's", 'Russia']],
    // A name that starts with its article yields to a longer one right after the article.
    ['rules of the City of London', ['City of London']],
    ['many in the City who', ['the City']],
    // A word glued to a dot after a space is an instrument code, as Reuters writes them.
    ['the index .RUSSIA fell, and Russia.', ['Russia']],
    ['.Moscow fell', []],
  ])('%j → %j', (text, expected) => expect(spans(text)).toEqual(expected));

  it('does not join words across a line break', () => {
    expect(spans('Hong\nKong')).toEqual([]);
  });

  it('matches the same once its cache of alias entries has filled up and started again', () => {
    const text = "People's Republic of China and the Washington-Post";
    const before = spans(text);
    const entries = aliasEntries(store);
    const washington = entries.first('washington');
    expect(entries.next(washington, '-', 'post').key).toBe('washington-post');
    for (let i = 0; i <= 50_000; i++) entries.first(`no such name ${i}`);
    expect(entries.first('washington')).not.toBe(washington);
    expect(spans(text)).toEqual(before);
    expect(before).toEqual(["People's Republic of China", 'Washington-Post']);
  });
});

describe('matcher: case rules', () => {
  it.each([
    ['The US said', ['US=wc:united-states']],
    ['let us go', []],
    ['Us and them', []],
    ['Trade with China grew', ['China=wc:china']],
    ['fine china plates', []],
    ['They ate turkey in Turkey.', ['Turkey=wc:turkey']],
    ['nato and eu', []],
    ['NATO and the EU met', ['NATO=core:nato', 'EU=core:eu']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));
});

describe('matcher: sentence-initial and headline capitals', () => {
  it.each([
    ['May I ask a question?', []],
    // A country opens a sentence as itself, unless the document writes its name as a word.
    ['Turkey is a big country.', ['Turkey=wc:turkey']],
    ['Turkey is roasted. We ate turkey.', []],
    ['Turkey is big. Ankara said Turkey would act.', ['Turkey=wc:turkey', 'Turkey=wc:turkey']],
    ['Apple sells phones.', []],
    ['Nice weather today. It was nice.', []],
    ['He went to Nice. Nice is sunny.', ['Nice=wn:nice', 'Nice=wn:nice']],
    ['Shares of Apple Inc. rose.', ['Apple Inc=core:apple-inc']],
    ['Bush spoke. George W. Bush was there.', ['Bush=wn:george-w-bush', 'George W. Bush=wn:george-w-bush']],
  ])('%j → %j', (text, expected) => expect(shown(text)).toEqual(expected));

  it('needs support for a single capitalised word in ALL CAPS', () => {
    expect(shown('TURKEY ACTS NOW')).toEqual([]);
    expect(shown('HONG KONG PROTESTS')).toEqual(['HONG KONG=core:hong-kong']);
  });
});
