import { describe, expect, it } from 'vitest';
import { describe as describeGloss, lifeDates } from '../../knowledge/sources/wordnet-gloss';
import { parseDataLine } from '../../knowledge/sources/wordnet-data';
import { personName, synsetAliases } from '../../knowledge/sources/wordnet-names';

describe('life dates from WordNet glosses', () => {
  it.each([
    ['16th President of the United States (1809-1865)', { born: '1809', died: '1865' }],
    ['Russian statesman (born in 1952)', { born: '1952' }],
    ['Italian navigator (1451?-1506)', { died: '1506' }],
    ['Greek philosopher (428-347 BC)', { born: '-0427', died: '-0346' }],
    ['Chinese philosopher (circa 551-479 BC)', { born: '-0550', died: '-0478' }],
    ['Roman emperor (63 BC - AD 14)', { born: '-0062', died: '0014' }],
    ['a king (died 1066)', { died: '1066' }],
    ['a river in Europe', {}],
    ['written in the 1920s (see Joyce)', {}],
  ])('%s', (gloss, expected) => {
    expect(Object.fromEntries(lifeDates(gloss).map((f) => [f.key, f.value]))).toEqual(expected);
  });
});

describe('descriptions and names', () => {
  it('keeps the first clause, drops the article and the life span', () => {
    expect(describeGloss('an English poet; "a quote" (1770-1850)')).toBe('English poet');
    expect(describeGloss('Chinese communist leader (1893-1976)')).toBe('Chinese communist leader');
  });

  it('shows a person by full name and marks lone surnames weak', () => {
    const lemmas = ['Lincoln', 'Abraham_Lincoln', 'President_Lincoln'];
    expect(personName(lemmas)).toBe('Abraham Lincoln');
    expect(synsetAliases(lemmas, 'Abraham Lincoln', true)).toEqual([
      { text: 'Lincoln', weak: true },
      { text: 'President Lincoln' },
    ]);
  });

  it("marks weak the lone place of a university's name, not its other names", () => {
    const lemmas = ['University_of_Pennsylvania', 'Pennsylvania', 'Penn'];
    expect(synsetAliases(lemmas, 'University of Pennsylvania', true)).toEqual([
      { text: 'Pennsylvania', weak: true },
      { text: 'Penn' },
    ]);
  });

  it('parses a data.noun line', () => {
    const line =
      '09045037 15 n 02 Samarkand 0 Samarcand 0 002 @i 08542298 n 0000 #p 09044635 n 0000 | city in southern Uzbekistan';
    expect(parseDataLine(line)).toEqual({
      offset: '09045037',
      lexFile: 15,
      lemmas: ['Samarkand', 'Samarcand'],
      pointers: [
        { symbol: '@i', target: '08542298', pos: 'n' },
        { symbol: '#p', target: '09044635', pos: 'n' },
      ],
      gloss: 'city in southern Uzbekistan',
    });
  });
});
