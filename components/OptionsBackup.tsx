import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { BackupProblem, RestoreResult } from '@/engine/settings-backup';
import { ImportRejected } from './ImportRejected';
import { OptionsFileButton } from './OptionsFileButton';
import { describePackProblem, formatCount } from './options-format';
import type { Translate } from './translate';

/** The browser side of "export all" and "import", given by the entrypoint (tests pass fakes). */
export interface BackupApi {
  /** Offers one JSON file with settings, site lists, hidden names, choices and packs. */
  exportAll: () => Promise<void>;
  /** Checks the file whole and merges it in; a wrong file changes nothing. */
  importAll: (text: string) => Promise<RestoreResult>;
}

export interface OptionsBackupProps {
  t: Translate;
  api: BackupApi;
  locale?: string;
}

type Outcome = { fileName: string; result: RestoreResult } | 'busy' | null;

const FAILED: RestoreResult = {
  ok: false,
  problems: [{ kind: 'backup', line: null, code: 'StorageFull', args: [] }],
};

/** A file problem in the reader's words, with its line when it has one. */
export function describeBackupProblem(problem: BackupProblem, t: Translate, locale?: string): string {
  if (problem.kind === 'pack')
    return t('optionsBackupPackProblem', [problem.pack, describePackProblem(problem.problem, t, locale)]);
  const numeric = problem.code === 'TooLarge' || problem.code === 'TooManyProblems';
  const args = numeric ? problem.args.map((arg) => formatCount(Number(arg), locale)) : problem.args;
  const text = t(`backupError${problem.code}`, args);
  return problem.line === null ? text : t('optionsLineProblem', [formatCount(problem.line, locale), text]);
}

function ImportOutcome({
  t,
  outcome,
  locale,
}: {
  t: Translate;
  outcome: Exclude<Outcome, 'busy' | null>;
  locale?: string;
}) {
  const { result, fileName } = outcome;
  if (result.ok) {
    const { sites, hiddenNames, choices, packs } = result.summary;
    const counts = [sites, hiddenNames, choices, packs].map((n) => formatCount(n, locale));
    return (
      <p role="status" class="gloss-outcome" id="backup-outcome">
        {t('optionsBackupImported', counts)}
      </p>
    );
  }
  return (
    <ImportRejected
      id="backup-errors"
      title={t('optionsBackupRejected', fileName)}
      problems={result.problems.map((problem) => describeBackupProblem(problem, t, locale))}
    />
  );
}

/** Back up and restore: everything the reader set, in one file that imports back. */
export function OptionsBackup({ t, api, locale }: OptionsBackupProps): JSX.Element {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const importFile = (text: string, fileName: string) => {
    setOutcome('busy');
    api.importAll(text).then(
      (result) => setOutcome({ fileName, result }),
      (error: unknown) => {
        console.warn('Gloss: the settings import failed', error);
        setOutcome({ fileName, result: FAILED });
      },
    );
  };
  const exportAll = () =>
    void api
      .exportAll()
      .catch((error: unknown) => console.warn('Gloss: could not export the settings', error));
  return (
    <section class="gloss-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="gloss-muted">{t('optionsBackupHint')}</p>
      <div class="gloss-row">
        <button type="button" id="backup-export" onClick={exportAll}>
          {t('optionsBackupExport')}
        </button>
        <OptionsFileButton
          id="backup-import"
          label={t('optionsBackupImport')}
          accept=".json,application/json"
          disabled={outcome === 'busy'}
          onText={importFile}
        />
      </div>
      {outcome === 'busy' && <p role="status">{t('optionsPackImporting')}</p>}
      {outcome && outcome !== 'busy' && <ImportOutcome t={t} outcome={outcome} locale={locale} />}
    </section>
  );
}
