import { browser } from 'wxt/browser';

/**
 * Looks up a string of public/_locales. Components get this function by props so they stay
 * browser-free; a missing key shows the key itself rather than an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage with the known keys only; callers here pass keys chosen at run time.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  try {
    return getMessage(key, substitutions) || key;
  } catch (error) {
    console.warn(`Gloss: no message for ${key}`, error);
    return key;
  }
}
