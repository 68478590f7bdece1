import { browser } from 'wxt/browser';
import type { PublicPath } from 'wxt/browser';
import { CARD_UI_FILE } from '@/extension/card-ui-file';
import type * as CardUiModule from './card-ui';

/** The card and panel UI, kept out of the content script (./card-ui.ts says why). */
export type CardUi = typeof CardUiModule;
export type LoadCardUi = () => Promise<CardUi>;

/**
 * Imports the card UI from the extension's own files. In Chrome `runtime.getURL` gives the resource's
 * per-session dynamic URL (it is web-accessible only with `use_dynamic_url`), in Firefox the
 * per-install random moz-extension:// origin.
 */
function importFromExtension(): Promise<CardUi> {
  const url = browser.runtime.getURL(`/${CARD_UI_FILE}` as PublicPath);
  return import(/* @vite-ignore */ url) as Promise<CardUi>;
}

/**
 * Loads the card UI once for the page, however many callers ask (hover intent asks early so the hover
 * delay hides the load); a failed import is tried again at the next need.
 */
export function cardUiLoader(load: LoadCardUi = importFromExtension): LoadCardUi {
  let loading: Promise<CardUi> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
