import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings, SiteMode } from '@/engine/settings';
import type { SiteListProblem } from '@/engine/site-list';
import { formatSiteList, parseSiteList, siteFromText } from '@/engine/site-list';
import { OptionsFileButton } from './OptionsFileButton';
import { formatCount } from './options-format';
import type { Translate } from './translate';

export interface OptionsSitesProps {
  t: Translate;
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** Offers a file to the reader (the entrypoint does the download). */
  onDownload: (fileName: string, text: string) => void;
  locale?: string;
}

const MODES: { value: SiteMode; key: string }[] = [
  { value: 'off-on-listed', key: 'optionsSiteModeOff' },
  { value: 'only-on-listed', key: 'optionsSiteModeOnly' },
];

type ListKey = 'disabledSites' | 'enabledSites';

/** What the last add or import said: the sites added and the lines that were not sites. */
interface Outcome {
  added: number;
  problems: SiteListProblem[];
}

/** The site list: off on these sites, or only on these; add, remove, import and export. */
export function OptionsSites({ t, settings, onChange, onDownload, locale }: OptionsSitesProps): JSX.Element {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const listKey: ListKey = settings.siteMode === 'only-on-listed' ? 'enabledSites' : 'disabledSites';
  const sites = settings[listKey];
  const addSites = (added: string[]) => {
    const fresh = added.filter((site) => !sites.includes(site));
    if (fresh.length > 0) onChange({ ...settings, [listKey]: [...sites, ...fresh] });
    return fresh.length;
  };
  const add = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The field's own value: a submit may come before the last input event has re-rendered.
    const field = event.currentTarget.elements.namedItem('site');
    const text = field instanceof HTMLInputElement ? field.value : draft;
    setDraft(text);
    const site = siteFromText(text);
    setInvalid(site === null);
    if (!site) return;
    addSites([site]);
    setDraft('');
  };
  const importText = (text: string) => {
    const parsed = parseSiteList(text);
    setOutcome({ added: addSites(parsed.sites), problems: parsed.problems });
  };
  const heading = t(listKey === 'enabledSites' ? 'optionsSitesOnlyLabel' : 'optionsSitesOffLabel');
  return (
    <section class="gloss-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <fieldset class="gloss-fieldset">
        <legend>{t('optionsSiteModeLegend')}</legend>
        {MODES.map((mode) => (
          <label key={mode.value} class="gloss-field-inline">
            <input
              type="radio"
              name="siteMode"
              value={mode.value}
              checked={settings.siteMode === mode.value}
              onChange={() => onChange({ ...settings, siteMode: mode.value })}
            />
            {t(mode.key)}
          </label>
        ))}
      </fieldset>
      <h3 id="site-list-heading">{heading}</h3>
      <SiteList
        t={t}
        sites={sites}
        onRemove={(site) => onChange({ ...settings, [listKey]: sites.filter((s) => s !== site) })}
      />
      <form class="gloss-row" onSubmit={add}>
        <label for="site-add">{t('optionsSiteAdd')}</label>
        <input
          id="site-add"
          name="site"
          type="text"
          value={draft}
          placeholder="news.example.com"
          aria-invalid={invalid}
          aria-describedby={invalid ? 'site-add-error' : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsSiteAddButton')}</button>
      </form>
      {invalid && (
        <p class="gloss-error" id="site-add-error" role="alert">
          {t('optionsSiteInvalid', draft)}
        </p>
      )}
      <div class="gloss-row">
        <OptionsFileButton
          id="sites-import"
          label={t('optionsSitesImport')}
          accept=".txt,.json,text/plain,application/json"
          onText={(text) => importText(text)}
        />
        <button type="button" onClick={() => onDownload('gloss-sites.txt', formatSiteList(sites, heading))}>
          {t('optionsSitesExport')}
        </button>
      </div>
      {outcome && <ImportOutcome t={t} outcome={outcome} locale={locale} />}
    </section>
  );
}

function SiteList({
  t,
  sites,
  onRemove,
}: {
  t: Translate;
  sites: string[];
  onRemove: (site: string) => void;
}): JSX.Element {
  if (sites.length === 0) return <p class="gloss-muted">{t('optionsSitesEmpty')}</p>;
  return (
    <ul class="gloss-list" aria-labelledby="site-list-heading">
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>
          <button type="button" aria-label={t('optionsRemoveItem', site)} onClick={() => onRemove(site)}>
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function ImportOutcome({
  t,
  outcome,
  locale,
}: {
  t: Translate;
  outcome: Outcome;
  locale?: string;
}): JSX.Element {
  return (
    <div role="status" class="gloss-outcome">
      <p>{t('optionsSitesImported', formatCount(outcome.added, locale))}</p>
      {outcome.problems.length > 0 && (
        <ul class="gloss-problems">
          {outcome.problems.map((problem) => (
            <li key={problem.line}>
              {t('optionsLineProblem', [
                formatCount(problem.line, locale),
                t('optionsSiteLineInvalid', problem.text),
              ])}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
