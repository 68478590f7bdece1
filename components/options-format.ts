import type { PackProblem } from '@/engine/pack-parse';
import { formatIsoDate, parseIsoDate } from './format-facts';
import type { Translate } from './translate';

/** A count in the reader's locale ("12,345", "12 345", "12.345"). */
export function formatCount(count: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** A share in [0, 1] as a whole percentage in the reader's locale ("50%", "50 %", "%50"). */
export function formatPercent(share: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's locale; other text as it is. */
export function formatDate(iso: string, locale?: string): string {
  const date = parseIsoDate(iso.slice(0, 10));
  return date ? formatIsoDate(date, locale) : iso;
}

/** A moment (ISO date-time) as a medium date in the reader's locale and time zone. */
export function formatMoment(iso: string, locale?: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(when);
}

/** A pack problem in the reader's words: "line 7: type 'city' is not one of ...". */
export function describePackProblem(problem: PackProblem, t: Translate, locale?: string): string {
  const text = t(`packError${problem.code}`, problem.args);
  return problem.line === null ? text : t('optionsLineProblem', [formatCount(problem.line, locale), text]);
}
