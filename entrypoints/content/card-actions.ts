import { parseNamedIdsResponse } from '@/engine/messages';
import type { Settings } from '@/engine/settings';
import { withSiteEnabled } from '@/engine/settings';
import { normalizeKey } from '@/engine/normalize';
import { sendToBackground } from '@/extension/messaging';

/**
 * "Hide this name" stores one entry: the card's name ("Vladimir Putin"), the name the reader saw on
 * the card and will recognise in the options page's list. What it hides is every mention of that
 * entity, however the page writes it ("Putin", "President Putin"): see `hiddenEntityIds`. Storing
 * the page's text too ("Putin") would list the same entity twice and hide the text for every entity
 * it may stand for, which the reader did not ask for.
 */
export function withHiddenName(settings: Settings, cardName: string): Settings {
  const name = cardName.trim().replace(/\s+/g, ' ');
  const key = normalizeKey(name);
  if (key === '' || settings.hiddenNames.some((hidden) => normalizeKey(hidden) === key)) return settings;
  return { ...settings, hiddenNames: [...settings.hiddenNames, name] };
}

/** "Turn off on this site". */
export function withSiteOff(settings: Settings, hostname: string): Settings {
  return withSiteEnabled(settings, hostname, false);
}

/** The normalised hidden names, for the mention filter. */
export function hiddenKeys(settings: Settings): ReadonlySet<string> {
  return new Set(settings.hiddenNames.map(normalizeKey).filter((key) => key !== ''));
}

/**
 * The ids of the entities whose own name is a hidden name, asked of the background in one request:
 * hiding "Paris" hides the city however it is written, not Paris Hilton ("Hilton"). No answer gives
 * none, and the names then hide by their text only.
 */
export async function hiddenEntityIds(
  settings: Settings,
  ask: (names: string[]) => Promise<unknown> = (names) => sendToBackground({ type: 'namedIds', names }),
): Promise<Set<string>> {
  const names = settings.hiddenNames.filter((name) => normalizeKey(name) !== '');
  if (names.length === 0) return new Set();
  try {
    return new Set(parseNamedIdsResponse(await ask(names)));
  } catch (error) {
    console.warn('Gloss: the background gave no entities for the hidden names', error);
    return new Set();
  }
}
