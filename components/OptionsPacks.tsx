import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PackProblem } from '@/engine/pack-parse';
import { ImportRejected } from './ImportRejected';
import { OptionsFileButton } from './OptionsFileButton';
import { describePackProblem, formatCount, formatMoment } from './options-format';
import type { Translate } from './translate';

/** What the packs list shows of a stored pack. */
export interface PackSummary {
  id: string;
  name: string;
  entryCount: number;
  /** ISO date-time. */
  importedAt: string;
}

/** An import either adds the pack or, with the reasons, changes nothing. */
export type PackImportResult = { ok: true; pack: PackSummary } | { ok: false; problems: PackProblem[] };

export interface OptionsPacksProps {
  t: Translate;
  /** null while loading. */
  packs: PackSummary[] | null;
  onImport: (text: string, fileName: string) => Promise<PackImportResult>;
  onRemove: (id: string) => void;
  onExport: (id: string) => void;
  locale?: string;
}

type Outcome = { fileName: string; result: PackImportResult } | 'busy' | null;

/** Knowledge packs: import a JSON or CSV pack (errors by line), list, export and remove. */
export function OptionsPacks({
  t,
  packs,
  onImport,
  onRemove,
  onExport,
  locale,
}: OptionsPacksProps): JSX.Element {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const importFile = (text: string, fileName: string) => {
    setOutcome('busy');
    onImport(text, fileName).then(
      (result) => setOutcome({ fileName, result }),
      (error: unknown) => {
        console.warn('Gloss: the pack import failed', error);
        setOutcome({
          fileName,
          result: { ok: false, problems: [{ line: null, code: 'StorageFull', args: [] }] },
        });
      },
    );
  };
  return (
    <section class="gloss-section" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optionsPacksHeading')}</h2>
      <p class="gloss-muted">{t('optionsPacksHint')}</p>
      <OptionsFileButton
        id="pack-import"
        label={t('optionsPacksImport')}
        accept=".json,.csv,application/json,text/csv"
        disabled={outcome === 'busy'}
        onText={importFile}
      />
      {outcome === 'busy' && <p role="status">{t('optionsPackImporting')}</p>}
      {outcome && outcome !== 'busy' && <ImportOutcome t={t} outcome={outcome} locale={locale} />}
      <PackList t={t} packs={packs} onRemove={onRemove} onExport={onExport} locale={locale} />
    </section>
  );
}

function ImportOutcome({
  t,
  outcome,
  locale,
}: {
  t: Translate;
  outcome: { fileName: string; result: PackImportResult };
  locale?: string;
}): JSX.Element {
  const { result, fileName } = outcome;
  if (result.ok)
    return (
      <p role="status" class="gloss-outcome">
        {t('optionsPackImported', [result.pack.name, formatCount(result.pack.entryCount, locale)])}
      </p>
    );
  return (
    <ImportRejected
      id="pack-errors"
      title={t('optionsPackRejected', fileName)}
      problems={result.problems.map((problem) => describePackProblem(problem, t, locale))}
    />
  );
}

function PackList({
  t,
  packs,
  onRemove,
  onExport,
  locale,
}: Omit<OptionsPacksProps, 'onImport'>): JSX.Element | null {
  if (packs === null) return null;
  if (packs.length === 0) return <p class="gloss-muted">{t('optionsPacksEmpty')}</p>;
  return (
    <ul class="gloss-list gloss-packs" aria-labelledby="packs-heading">
      {packs.map((pack) => (
        <li key={pack.id} data-pack={pack.id}>
          <span>
            <strong>{pack.name}</strong>{' '}
            <span class="gloss-muted">
              {t('optionsPackRow', [
                formatCount(pack.entryCount, locale),
                formatMoment(pack.importedAt, locale),
              ])}
            </span>
          </span>
          <span class="gloss-actions">
            <button
              type="button"
              aria-label={t('optionsPackExportLabel', pack.name)}
              onClick={() => onExport(pack.id)}
            >
              {t('optionsPackExport')}
            </button>
            <button
              type="button"
              aria-label={t('optionsRemoveItem', pack.name)}
              onClick={() => onRemove(pack.id)}
            >
              {t('optionsRemove')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
