import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/engine/settings';
import type { StoreSummary } from './OptionsAbout';
import { OptionsAbout } from './OptionsAbout';
import { OptionsSettings } from './OptionsSettings';
import type { Translate } from './Popup';
import './Options.css';

/** Everything the options page needs from the browser, given by the entrypoint (tests pass fakes). */
export interface OptionsApi {
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  watchSettings: (callback: (settings: Settings) => void) => () => void;
  /** Never rejects: null when the store cannot be read. */
  loadStoreSummary: () => Promise<StoreSummary | null>;
}

export interface OptionsAppProps {
  api: OptionsApi;
  t: Translate;
  locale?: string;
}

/** The options page: settings saved as they change, and the About section. */
export function OptionsApp({ api, t, locale }: OptionsAppProps): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<StoreSummary | null | 'loading'>('loading');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void api.loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = api.watchSettings((changed) => live && setSettings(changed));
    void api.loadStoreSummary().then((loaded) => live && setSummary(loaded));
    return () => {
      live = false;
      unwatch();
    };
  }, [api]);

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

  return (
    <main class="gloss-options" data-theme={settings?.theme ?? 'auto'}>
      <h1>{t('optionsTitle')}</h1>
      {settings && <OptionsSettings t={t} settings={settings} onChange={change} />}
      <p class="gloss-saved" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <OptionsAbout t={t} summary={summary} locale={locale} />
    </main>
  );
}
