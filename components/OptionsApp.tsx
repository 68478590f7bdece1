import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/engine/settings';
import type { StoreSummary } from './OptionsAbout';
import { OptionsAbout } from './OptionsAbout';
import type { BackupApi } from './OptionsBackup';
import { OptionsBackup } from './OptionsBackup';
import type { RememberedChoices } from './OptionsChoices';
import { OptionsChoices } from './OptionsChoices';
import { OptionsHiddenNames } from './OptionsHiddenNames';
import type { PackImportResult, PackSummary } from './OptionsPacks';
import { OptionsPacks } from './OptionsPacks';
import { OptionsSettings } from './OptionsSettings';
import { OptionsSites } from './OptionsSites';
import type { Translate } from './translate';
import './theme.css';
import './Options.css';

/** Everything the options page needs from the browser, given by the entrypoint (tests pass fakes). */
export interface OptionsApi {
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  watchSettings: (callback: (settings: Settings) => void) => () => void;
  /** Never rejects: null when the store cannot be read. */
  loadStoreSummary: () => Promise<StoreSummary | null>;
  loadChoices: () => Promise<RememberedChoices>;
  removeChoice: (site: string, nameKey: string) => Promise<void>;
  watchChoices: (callback: (choices: RememberedChoices) => void) => () => void;
  loadPacks: () => Promise<PackSummary[]>;
  watchPacks: (callback: (packs: PackSummary[]) => void) => () => void;
  /** Parses, checks and stores a pack file; a rejected pack changes nothing. */
  importPack: (text: string, fileName: string) => Promise<PackImportResult>;
  removePack: (id: string) => Promise<void>;
  /** Offers the pack as a JSON file that imports back. */
  exportPack: (id: string) => Promise<void>;
  /** Offers a text file to save. */
  download: (fileName: string, text: string) => void;
}

export interface OptionsAppProps {
  api: OptionsApi;
  t: Translate;
  locale?: string;
  /** Export and import of everything at once; the section is left out without it. */
  backup?: BackupApi;
}

/** Loads and follows what the page shows, so a change in another tab or device shows here too. */
function useOptionsData(api: OptionsApi) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<StoreSummary | null | 'loading'>('loading');
  const [choices, setChoices] = useState<RememberedChoices | null>(null);
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    const when =
      <T,>(set: (value: T) => void) =>
      (value: T) => {
        if (live) set(value);
      };
    void api.loadSettings().then(when(setSettings));
    void api.loadStoreSummary().then(when(setSummary));
    void api.loadChoices().then(when(setChoices));
    void api.loadPacks().then(when(setPacks));
    const unwatch = [
      api.watchSettings(when(setSettings)),
      api.watchChoices(when(setChoices)),
      api.watchPacks(when(setPacks)),
    ];
    return () => {
      live = false;
      unwatch.forEach((stop) => stop());
    };
  }, [api]);
  return { settings, setSettings, summary, choices, packs };
}

/** The options page: settings saved as they change, site lists, hidden names, choices, packs, About. */
export function OptionsApp({ api, t, locale, backup }: OptionsAppProps): JSX.Element {
  const { settings, setSettings, summary, choices, packs } = useOptionsData(api);
  const [saved, setSaved] = useState(false);

  const change = (next: Settings) => {
    setSettings(next);
    setSaved(false);
    api.saveSettings(next).then(
      () => setSaved(true),
      (error: unknown) => {
        console.warn('Gloss: could not save settings', error);
        void api.loadSettings().then(setSettings);
      },
    );
  };
  const report = (what: string) => (error: unknown) => console.warn(`Gloss: could not ${what}`, error);

  return (
    <main class="gloss-options" data-theme={settings?.theme ?? 'auto'}>
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <>
          <OptionsSettings t={t} settings={settings} onChange={change} locale={locale} />
          <p class="gloss-saved" role="status">
            {saved ? t('optionsSaved') : ''}
          </p>
          <OptionsSites
            t={t}
            settings={settings}
            onChange={change}
            onDownload={api.download}
            locale={locale}
          />
          <OptionsHiddenNames t={t} settings={settings} onChange={change} />
        </>
      )}
      <OptionsChoices
        t={t}
        choices={choices}
        onRemove={(site, key) => void api.removeChoice(site, key).catch(report('forget the choice'))}
      />
      <OptionsPacks
        t={t}
        packs={packs}
        locale={locale}
        onImport={api.importPack}
        onRemove={(id) => void api.removePack(id).catch(report('remove the pack'))}
        onExport={(id) => void api.exportPack(id).catch(report('export the pack'))}
      />
      {backup && <OptionsBackup t={t} api={backup} locale={locale} />}
      <OptionsAbout t={t} summary={summary} locale={locale} />
    </main>
  );
}
