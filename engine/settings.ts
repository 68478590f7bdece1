import type { EntityType } from './types';
import { ENTITY_TYPES } from './types';

export type Theme = 'auto' | 'light' | 'dark';

/** Everything the reader can set. Stored as one validated value; see `validateSettings`. */
export interface Settings {
  /** Gloss on or off everywhere. */
  enabled: boolean;
  /** Hostnames where the reader switched Gloss off. */
  disabledSites: string[];
  /** Which entity types get highlights and cards. */
  types: Record<EntityType, boolean>;
  /** Time from the pointer arriving on a name until its card shows (UX.md: 0-1500, default 500). */
  hoverDelayMs: number;
  /** Minimum linker confidence for a mention to be shown, in [0, 1]. */
  threshold: number;
  /** Link demonyms ("Chinese", "Russian") to their country. Off by default. */
  demonyms: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  types: { person: true, place: true, organisation: true, event: true, other: true },
  hoverDelayMs: 500,
  threshold: 0.5,
  demonyms: false,
  theme: 'auto',
});

export interface SettingsCheck {
  settings: Settings;
  /** What was wrong with the stored value, one line each; empty when it was valid. */
  problems: string[];
}

const MAX_SITES = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanHostname(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : null;
}

/**
 * Turns a stored value of unknown shape into valid settings: each bad field falls back to its
 * default and is reported, and every good field is kept, so one corrupt value never loses the rest.
 */
export function validateSettings(stored: unknown): SettingsCheck {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, types: { ...DEFAULT_SETTINGS.types }, disabledSites: [] };
  if (stored === undefined || stored === null) return { settings, problems };
  if (!isRecord(stored)) return { settings, problems: ['settings are not an object; using defaults'] };

  const bool = (key: 'enabled' | 'demonyms') => {
    if (stored[key] === undefined) return;
    if (typeof stored[key] === 'boolean') settings[key] = stored[key];
    else problems.push(`${key} is not true or false`);
  };
  bool('enabled');
  bool('demonyms');

  if (stored.disabledSites !== undefined) {
    if (!Array.isArray(stored.disabledSites)) problems.push('disabledSites is not a list');
    else {
      const hosts = new Set<string>();
      for (const entry of stored.disabledSites.slice(0, MAX_SITES)) {
        const host = cleanHostname(entry);
        if (host) hosts.add(host);
        else problems.push(`disabledSites: ${JSON.stringify(entry)?.slice(0, 60)} is not a hostname`);
      }
      settings.disabledSites = [...hosts];
    }
  }

  if (stored.types !== undefined) {
    if (!isRecord(stored.types)) problems.push('types is not an object');
    else
      for (const type of ENTITY_TYPES) {
        const value = stored.types[type];
        if (typeof value === 'boolean') settings.types[type] = value;
        else if (value !== undefined) problems.push(`types.${type} is not true or false`);
      }
  }

  const number = (key: 'hoverDelayMs' | 'threshold', min: number, max: number) => {
    const value = stored[key];
    if (value === undefined) return;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max)
      settings[key] = value;
    else problems.push(`${key} is not a number from ${min} to ${max}`);
  };
  number('hoverDelayMs', 0, 1500);
  number('threshold', 0, 1);

  if (stored.theme !== undefined) {
    if (stored.theme === 'auto' || stored.theme === 'light' || stored.theme === 'dark')
      settings.theme = stored.theme;
    else problems.push('theme is not auto, light or dark');
  }
  return { settings, problems };
}

/** Whether Gloss runs on a page of this hostname: on everywhere, and the site (or a parent domain) not switched off. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Returns settings with the site switched on or off (off adds the exact hostname; on removes it and its parents). */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const rest = settings.disabledSites.filter((site) => !(host === site || host.endsWith(`.${site}`)));
  return { ...settings, disabledSites: enabled ? rest : [...rest, host] };
}
