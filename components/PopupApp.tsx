import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/engine/settings';
import type { PopupPage } from './Popup';
import type { Translate } from './translate';
import { Popup } from './Popup';

/** Everything the popup needs from the browser, given by the entrypoint (tests pass fakes). */
export interface PopupApi {
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
  watchSettings: (callback: (settings: Settings) => void) => () => void;
  /** The tab's pageInfo, or null when nothing answers. Never rejects. */
  loadPage: () => Promise<PopupPage | null>;
  openOptions?: () => void;
  /** Asks the tab to scroll to an entity's first mention and flash it. Never rejects. */
  reveal?: (id: string) => Promise<void>;
}

export interface PopupAppProps {
  api: PopupApi;
  t: Translate;
  iconSrc?: string;
  /** How often the page is asked again, so the count follows annotation and setting changes. */
  refreshMs?: number;
  /** The reader's locale for counts (default: the browser's). */
  locale?: string;
}

/** The popup with its state: settings follow storage; every switch saves at once. */
export function PopupApp({ api, t, iconSrc, refreshMs = 1000, locale }: PopupAppProps): JSX.Element | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PopupPage | null | 'loading'>('loading');

  useEffect(() => {
    let live = true;
    void api.loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = api.watchSettings((changed) => live && setSettings(changed));
    const refresh = () => void api.loadPage().then((answer) => live && setPage(answer));
    refresh();
    const timer = setInterval(refresh, refreshMs);
    return () => {
      live = false;
      unwatch();
      clearInterval(timer);
    };
  }, [api, refreshMs]);

  if (!settings) return null;
  const change = (next: Settings) => {
    setSettings(next);
    api.saveSettings(next).catch((error: unknown) => {
      console.warn('Gloss: could not save settings', error);
      void api.loadSettings().then(setSettings);
    });
  };
  return (
    <Popup
      t={t}
      settings={settings}
      page={page}
      onChange={change}
      onOpenOptions={api.openOptions}
      onReveal={api.reveal ? (entity) => void api.reveal?.(entity.id) : undefined}
      iconSrc={iconSrc}
      locale={locale}
    />
  );
}
