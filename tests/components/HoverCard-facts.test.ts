import { describe, expect, it } from 'vitest';
import { ageBetween, formatFacts, formatIsoDate, parseIsoDate } from '../../components/format-facts';

const now = new Date('2026-11-27T12:00:00Z');

describe('format-facts', () => {
  it.each([
    ['1952-10-07', 'en-GB', '7 October 1952'],
    ['1952-10-07', 'en-US', 'October 7, 1952'],
    ['2026-05', 'en-GB', 'May 2026'],
    ['1879', 'en-GB', '1879'],
    ['-0427', 'en-GB', '428 BC'],
  ])('formats %s for %s as %s', (iso, locale, expected) => {
    expect(formatIsoDate(parseIsoDate(iso) as NonNullable<ReturnType<typeof parseIsoDate>>, locale)).toBe(
      expected,
    );
  });

  it('rejects what is not an ISO date', () => {
    expect(parseIsoDate('7 October 1952')).toBeNull();
    expect(parseIsoDate('1952-13-01')).toBeNull();
  });

  it.each([
    [{ year: 1952, month: 10, day: 7 }, { year: 2026, month: 11, day: 27 }, '74'],
    [{ year: 1952, month: 12, day: 7 }, { year: 2026, month: 11, day: 27 }, '73'],
    [{ year: 1952 }, { year: 2026, month: 11, day: 27 }, '73–74'],
  ])('age from %o to %o is %s', (from, to, age) => {
    expect(ageBetween(from, to)).toBe(age);
  });

  it('gives ages at death, no age for the long dead, and at most five facts', () => {
    const einstein = formatFacts(
      [
        { key: 'born', value: '1879-03-14' },
        { key: 'died', value: '1955-04-18' },
      ],
      { locale: 'en-GB', now },
    );
    expect(einstein.map((fact) => `${fact.label}: ${fact.value}`)).toEqual([
      'Born: 14 March 1879',
      'Died: 18 April 1955 (aged 76)',
    ]);
    const plato = formatFacts([{ key: 'born', value: '-0427' }], { locale: 'en-GB', now });
    expect(plato[0]?.value).toBe('428 BC');
    const gdp = formatFacts([{ key: 'gdp', value: 5230000000000 }], { locale: 'en-US', now });
    expect(gdp[0]).toEqual({ key: 'gdp', label: 'GDP (PPP)', value: '$5.23T' });
    const many = formatFacts(
      ['capital', 'region', 'languages', 'demonym', 'population', 'gdp'].map((key) => ({
        key: key as 'capital',
        value: 'x',
      })),
      { now },
    );
    expect(many).toHaveLength(5);
  });
});
