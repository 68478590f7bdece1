import type { Candidate } from '@/engine/messages';
import { parseCandidatesResponse } from '@/engine/messages';
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
 * The ids of the entities whose name is a hidden name, found with the "Not this?" lookup (every
 * entity the store has for a name) and kept only when the entity's own name is the hidden one: hiding
 * "Paris" hides the city however it is written, not Paris Hilton ("Hilton"). `lookup` never rejects.
 */
export async function hiddenEntityIds(
  settings: Settings,
  lookup: (name: string) => Promise<readonly Candidate[]>,
): Promise<Set<string>> {
  const ids = new Set<string>();
  const names = settings.hiddenNames.filter((name) => normalizeKey(name) !== '');
  const answers = await Promise.all(names.map((name) => lookup(name)));
  answers.forEach((candidates, i) => {
    const key = normalizeKey(names[i] ?? '');
    for (const candidate of candidates) if (normalizeKey(candidate.name) === key) ids.add(candidate.id);
  });
  return ids;
}

/** The background's "Not this?" lookup, for `hiddenEntityIds`; no answer gives none (names then hide by text). */
export async function askCandidates(name: string): Promise<readonly Candidate[]> {
  try {
    return parseCandidatesResponse(await sendToBackground<unknown>({ type: 'candidates', surface: name }));
  } catch (error) {
    console.warn('Gloss: the background gave no entities for a hidden name', error);
    return [];
  }
}
