import { browser } from 'wxt/browser';
import { normalizeKey } from '@/engine/normalize';
import { cleanHostname } from '@/engine/settings';
import type { EntityType } from '@/engine/types';
import { isEntityType } from '@/engine/types';
import { readLocalItem } from './local-reads';
import { watchStorage } from './storage-changes';

/** What the reader chose under "Not this?" for a name on a site: that name means this entity there. */
export interface Choice {
  id: string;
  name: string;
  type: EntityType;
}

/** One site's choices, by the name's key (`normalizeKey` of the text as written on the page). */
export type SiteChoiceMap = Record<string, Choice>;

/** Choices by hostname, each site's by the name's key. */
export type ChoiceMap = Record<string, SiteChoiceMap>;

const MAX_SITES = 1000;
const MAX_NAMES_PER_SITE = 500;

// Local, not sync: choices can grow past sync's 8 KB items, and they are about pages read on this device.
// Read and written with the storage API itself (no @wxt-dev/storage): the content script imports this
// module, and every page would parse that library. The stored shape is what its item 'local:choices'
// (version 1, no migrations) kept: the map as is under "choices", so nothing stored before changes.
const CHOICES_KEY = 'choices';

async function readStored(): Promise<unknown> {
  return (await readLocalItem(CHOICES_KEY)) ?? null;
}

async function writeStored(choices: ChoiceMap): Promise<void> {
  await browser.storage.local.set({ [CHOICES_KEY]: choices });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChoice(value: unknown): value is Choice {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    value.id.length <= 200 &&
    typeof value.name === 'string' &&
    value.name.length <= 200 &&
    isEntityType(value.type)
  );
}

/** Keeps the valid part of a stored value; anything else is dropped and reported, never thrown. */
export function validateChoices(stored: unknown): ChoiceMap {
  if (stored === null || stored === undefined) return {};
  if (!isRecord(stored)) {
    console.warn('Gloss: stored "Not this?" choices are not an object; ignored');
    return {};
  }
  const clean: ChoiceMap = {};
  let dropped = 0;
  for (const [site, names] of Object.entries(stored).slice(0, MAX_SITES)) {
    const host = cleanHostname(site);
    if (!host || !isRecord(names)) {
      dropped++;
      continue;
    }
    const kept: Record<string, Choice> = {};
    for (const [key, choice] of Object.entries(names).slice(0, MAX_NAMES_PER_SITE)) {
      if (key.length > 0 && key.length <= 200 && isChoice(choice))
        kept[key] = { id: choice.id, name: choice.name, type: choice.type };
      else dropped++;
    }
    clean[host] = kept;
  }
  if (dropped > 0) console.warn(`Gloss: dropped ${dropped} invalid "Not this?" choices`);
  return clean;
}

/** The key a name is remembered under: the same folding the store's aliases use. */
export function choiceKey(surface: string): string {
  return normalizeKey(surface);
}

export async function loadChoices(): Promise<ChoiceMap> {
  try {
    return validateChoices(await readStored());
  } catch (error) {
    console.warn('Gloss: could not read "Not this?" choices', error);
    return {};
  }
}

/** The choices for one site (hostname as the page reports it). */
export async function loadSiteChoices(hostname: string): Promise<SiteChoiceMap> {
  const host = cleanHostname(hostname);
  return host ? ((await loadChoices())[host] ?? {}) : {};
}

/** Remembers that `surface` means `choice` on `hostname`. */
export async function saveChoice(hostname: string, surface: string, choice: Choice): Promise<void> {
  await updateChoices([{ hostname, key: surface, choice }]);
}

/** One change to the stored choices: remember `choice` for a name's key on a site, or forget it (null). */
export interface ChoiceUpdate {
  hostname: string;
  key: string;
  choice: Choice | null;
}

/** Takes one name's choice out of the map, and its site once it has none; false when it was not there. */
function forget(all: ChoiceMap, host: string, key: string): boolean {
  const site = all[host];
  if (!site || !(key in site)) return false;
  delete site[key];
  if (Object.keys(site).length === 0) delete all[host];
  return true;
}

/**
 * Applies many changes in one read and one write (a restored backup, or undoing one): every open
 * tab then hears of one change instead of one per name, and a write the browser refuses leaves
 * nothing half done. Invalid hostnames, keys and choices are skipped; nothing is written when no
 * change applies.
 */
export async function updateChoices(updates: readonly ChoiceUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const all = await loadChoices();
  let changed = false;
  for (const update of updates) {
    const host = cleanHostname(update.hostname);
    const key = choiceKey(update.key);
    if (!host || key === '') continue;
    const { choice } = update;
    if (choice === null) changed = forget(all, host, key) || changed;
    else if (isChoice(choice)) {
      (all[host] ??= {})[key] = { id: choice.id, name: choice.name, type: choice.type };
      changed = true;
    }
  }
  if (changed) await writeStored(all);
}

/** Forgets one choice by its stored key (the options page lists them, each removable). */
export async function removeChoice(hostname: string, key: string): Promise<void> {
  const all = await loadChoices();
  if (forget(all, hostname, key)) await writeStored(all);
}

/** Calls back with the validated choices whenever any context changes them; returns an unwatch. */
export function watchChoices(callback: (choices: ChoiceMap) => void): () => void {
  try {
    return watchStorage((changes, area) => {
      const change = area === 'local' ? changes[CHOICES_KEY] : undefined;
      // A write of the same map is no change.
      if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
      callback(validateChoices(change.newValue ?? null));
    });
  } catch (error) {
    // No storage area (a test page, a browser without it): choices then apply from load only.
    console.warn('Gloss: cannot watch "Not this?" choices', error);
    return () => {};
  }
}
