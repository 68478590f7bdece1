import type { Settings } from '@/engine/settings';
import { withSiteEnabled } from '@/engine/settings';
import { normalizeKey } from '@/engine/normalize';

/**
 * "Hide this name": the text as it reads on the page ("Putin") and the card's name ("Vladimir
 * Putin"), so neither form is highlighted or carded again. Names are compared by normalizeKey.
 */
export function withHiddenName(settings: Settings, surface: string, cardName: string): Settings {
  const keys = new Set(settings.hiddenNames.map(normalizeKey));
  const added = [surface.trim(), cardName.trim()].filter((name) => {
    const key = normalizeKey(name);
    if (key === '' || keys.has(key)) return false;
    keys.add(key);
    return true;
  });
  return { ...settings, hiddenNames: [...settings.hiddenNames, ...added] };
}

/** "Turn off on this site". */
export function withSiteOff(settings: Settings, hostname: string): Settings {
  return withSiteEnabled(settings, hostname, false);
}

/** The normalised hidden names, for the mention filter. */
export function hiddenKeys(settings: Settings): ReadonlySet<string> {
  return new Set(settings.hiddenNames.map(normalizeKey).filter((key) => key !== ''));
}
