import type { Fact, FactKey } from '../engine/types';

/** A fact as the card shows it: a label and a value already formatted for the reader's locale. */
export interface FormattedFact {
  key: FactKey;
  label: string;
  value: string;
}

const LABELS: Readonly<Record<FactKey, string>> = {
  born: 'Born',
  died: 'Died',
  nationality: 'Nationality',
  office: 'Office',
  capital: 'Capital',
  country: 'Country',
  region: 'Region',
  division: 'Part of',
  population: 'Population',
  gdp: 'GDP (PPP)',
  languages: 'Languages',
  demonym: 'Demonym',
  founded: 'Founded',
  headquarters: 'Headquarters',
  leader: 'Leader',
  instanceOf: 'Kind',
};

const DATE_KEYS: ReadonlySet<FactKey> = new Set(['born', 'died', 'founded']);

/** A parsed ISO date of year, month or day precision (years may be negative: BCE). */
export interface IsoDate {
  year: number;
  month?: number;
  day?: number;
}

export function parseIsoDate(value: string): IsoDate | null {
  const match = /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const date: IsoDate = { year: Number(match[1]) };
  if (match[2]) date.month = Number(match[2]);
  if (match[3]) date.day = Number(match[3]);
  if ((date.month ?? 1) < 1 || (date.month ?? 1) > 12 || (date.day ?? 1) < 1 || (date.day ?? 1) > 31)
    return null;
  return date;
}

/** A date in the reader's locale at the precision it is known ("7 October 1952", "May 2026", "1952"). */
export function formatIsoDate(date: IsoDate, locale?: string): string {
  const when = new Date(0);
  when.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (date.month !== undefined) options.month = 'long';
  if (date.day !== undefined) options.day = 'numeric';
  // Without an era, year -427 would read as "428": say BC explicitly.
  if (date.year <= 0) options.era = 'short';
  return new Intl.DateTimeFormat(locale, options).format(when);
}

/** Whole years from `from` to `to`; a range when only years are known ("73–74"). */
export function ageBetween(from: IsoDate, to: IsoDate): string {
  const years = to.year - from.year;
  if (from.month === undefined || to.month === undefined) return `${years - 1}–${years}`;
  const beforeBirthday =
    to.month < from.month || (to.month === from.month && (to.day ?? 31) < (from.day ?? 1));
  return String(beforeBirthday ? years - 1 : years);
}

/** Message lookup (browser.i18n through props); without it the English defaults below are used (CLI). */
export type FactWords = (key: string, substitutions: string[]) => string;

export interface FormatOptions {
  locale?: string;
  t?: FactWords;
  /** Today, for the ages of living people. */
  now: Date;
  /** At most this many facts (UX.md: 2-5). */
  max?: number;
}

const ENGLISH: Readonly<Record<string, (subs: string[]) => string>> = {
  cardAge: ([date, age]) => `${date} (age ${age})`,
  cardAged: ([date, age]) => `${date} (aged ${age})`,
  cardSince: ([value, date]) => `${value} (since ${date})`,
};

function words(options: FormatOptions, key: string, subs: string[]): string {
  return options.t ? options.t(key, subs) : (ENGLISH[key]?.(subs) ?? subs.join(' '));
}

/** The message key of a fact's label, e.g. cardFactBorn. */
export function factLabelKey(key: FactKey): string {
  return `cardFact${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

function dateValue(fact: Fact, facts: readonly Fact[], options: FormatOptions): string {
  const date = parseIsoDate(String(fact.value));
  if (!date) return String(fact.value);
  const text = formatIsoDate(date, options.locale);
  const born = facts.find((other) => other.key === 'born');
  const bornDate = born ? parseIsoDate(String(born.value)) : null;
  const now = options.now;
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  if (fact.key === 'born' && !facts.some((other) => other.key === 'died') && date.year > today.year - 120)
    return words(options, 'cardAge', [text, ageBetween(date, today)]);
  if (fact.key === 'died' && bornDate) return words(options, 'cardAged', [text, ageBetween(bornDate, date)]);
  return text;
}

// CLDR's territory GDP is purchasing-power parity in US dollars: a compact figure reads best ("$5.23T").
const GDP_FORMAT = {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
} as const;

function factValue(fact: Fact, facts: readonly Fact[], options: FormatOptions): string {
  if (DATE_KEYS.has(fact.key)) return dateValue(fact, facts, options);
  if (fact.key === 'gdp' && typeof fact.value === 'number')
    return new Intl.NumberFormat(options.locale, GDP_FORMAT).format(fact.value);
  const value =
    typeof fact.value === 'number' ? new Intl.NumberFormat(options.locale).format(fact.value) : fact.value;
  const since = fact.since ? parseIsoDate(fact.since) : null;
  return since ? words(options, 'cardSince', [value, formatIsoDate(since, options.locale)]) : value;
}

/** The card's facts, labelled and formatted for the reader's locale, at most `max` of them. */
export function formatFacts(facts: readonly Fact[], options: FormatOptions): FormattedFact[] {
  return facts.slice(0, options.max ?? 5).map((fact) => ({
    key: fact.key,
    label: options.t ? options.t(factLabelKey(fact.key), []) : LABELS[fact.key],
    value: factValue(fact, facts, options),
  }));
}
