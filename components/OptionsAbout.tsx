import type { JSX } from 'preact';
import type { SourceInfo } from '@/engine/types';
import { formatCount, formatDate } from './options-format';
import type { Translate } from './translate';

/** What the About section shows of the packaged store. */
export interface StoreSummary {
  entityCount: number;
  /** Size of the packaged store file in bytes. */
  bytes: number;
  asOf: string;
  sources: SourceInfo[];
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A size with its unit in the reader's locale ("3.2 MB", "3,2 Mo"): Intl knows each language's unit names. */
export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

export interface OptionsAboutProps {
  t: Translate;
  /** 'loading' while the store is read; null when it could not be. */
  summary: StoreSummary | null | 'loading';
  locale?: string;
}

/** The About section: the store's size, date and each source with its licence. */
export function OptionsAbout({ t, summary, locale }: OptionsAboutProps): JSX.Element {
  return (
    <section class="gloss-section" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
      {summary === 'loading' && <p>{t('popupLoading')}</p>}
      {summary === null && <p role="status">{t('optionsAboutUnavailable')}</p>}
      {summary !== null && summary !== 'loading' && (
        <>
          <p id="store-summary">
            {t('optionsAboutSummary', [
              formatCount(summary.entityCount, locale),
              formatBytes(summary.bytes, locale),
              formatDate(summary.asOf, locale),
            ])}
          </p>
          <table class="gloss-sources">
            <caption>{t('optionsAboutSources')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsSourceName')}</th>
                <th scope="col">{t('optionsSourceVersion')}</th>
                <th scope="col">{t('optionsSourceLicence')}</th>
                <th scope="col">{t('optionsSourceDate')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.sources.map((source) => (
                <tr key={source.key}>
                  <th scope="row">
                    {/^https:\/\//.test(source.url) ? (
                      <a href={source.url} target="_blank" rel="noreferrer">
                        {source.name}
                      </a>
                    ) : (
                      source.name
                    )}
                  </th>
                  <td>{source.version}</td>
                  <td>{source.licence}</td>
                  <td>{formatDate(source.asOf, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="gloss-muted">{t('optionsAboutPrivacy')}</p>
    </section>
  );
}
