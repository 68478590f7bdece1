import type { EntityType } from './types';
import { ENTITY_TYPES } from './types';

export type Theme = 'auto' | 'light' | 'dark';
/** How mentions are marked: a dotted underline (default), a soft background, or nothing (hover still works). */
export type HighlightStyle = 'underline' | 'background' | 'none';
/** Whether the site list names the sites Gloss is off on (default) or the only sites it runs on. */
export type SiteMode = 'off-on-listed' | 'only-on-listed';

/** Everything the reader can set. Stored as one validated value; see `validateSettings`. */
export interface Settings {
  /** Gloss on or off everywhere. */
  enabled: boolean;
  /** Hostnames where the reader switched Gloss off (used when `siteMode` is 'off-on-listed'). */
  disabledSites: string[];
  siteMode: SiteMode;
  /** Hostnames where Gloss runs (used when `siteMode` is 'only-on-listed'). */
  enabledSites: string[];
  /** Names the reader hid, as written on the card (compared with `normalizeKey`). */
  hiddenNames: string[];
  highlightStyle: HighlightStyle;
  /** Underline every mention, not only each entity's first (every mention opens a card either way). */
  highlightAll: boolean;
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
  siteMode: 'off-on-listed',
  enabledSites: [],
  hiddenNames: [],
  highlightStyle: 'underline',
  highlightAll: false,
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

/** One field that was wrong, for messages in the reader's language (a settings file they import). */
export interface SettingsIssue {
  /** The field's key as written in the value ("hoverDelayMs", "types.person"); '' for the whole value. */
  field: string;
  /** The list entry that was dropped, quoted, when the problem is one entry of a list. */
  entry?: string;
}

const MAX_SITES = 10_000;
export const MAX_HIDDEN_NAMES = 5_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A hostname as Gloss stores it (lower case, no trailing dot), or null when the value is not one. */
export function cleanHostname(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : null;
}

/** Reads the stored value field by field; each reader keeps the default and notes a problem when its field is bad. */
class FieldReader {
  readonly problems: string[] = [];
  readonly issues: SettingsIssue[] = [];
  constructor(private readonly stored: Record<string, unknown>) {}

  private note(problem: string, issue: SettingsIssue): void {
    this.problems.push(problem);
    this.issues.push(issue);
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.stored[key];
    if (value === undefined || typeof value === 'boolean') return value ?? fallback;
    this.note(`${key} is not true or false`, { field: key });
    return fallback;
  }

  number(key: string, range: { min: number; max: number; fallback: number }): number {
    const value = this.stored[key];
    if (value === undefined) return range.fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max)
      return value;
    this.note(`${key} is not a number from ${range.min} to ${range.max}`, { field: key });
    return range.fallback;
  }

  choice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const value = this.stored[key];
    if (value === undefined) return fallback;
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.note(`${key} is not one of ${allowed.join(', ')}`, { field: key });
    return fallback;
  }

  /** A list of strings, each cleaned by `clean` (null drops the entry and notes it), without duplicates. */
  list(key: string, clean: (entry: unknown) => string | null, limit: number): string[] {
    const value = this.stored[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.note(`${key} is not a list`, { field: key });
      return [];
    }
    const kept = new Set<string>();
    for (const entry of value.slice(0, limit)) {
      const cleaned = clean(entry);
      if (cleaned) kept.add(cleaned);
      else {
        const quoted = JSON.stringify(entry)?.slice(0, 60) ?? String(typeof entry);
        this.note(`${key}: ${quoted} is not valid`, { field: key, entry: quoted });
      }
    }
    if (value.length > limit) this.note(`${key}: only the first ${limit} entries are kept`, { field: key });
    return [...kept];
  }

  types(): Record<EntityType, boolean> {
    const types = { ...DEFAULT_SETTINGS.types };
    const value = this.stored.types;
    if (value === undefined) return types;
    if (!isRecord(value)) {
      this.note('types is not an object', { field: 'types' });
      return types;
    }
    for (const type of ENTITY_TYPES) {
      if (typeof value[type] === 'boolean') types[type] = value[type];
      else if (value[type] !== undefined)
        this.note(`types.${type} is not true or false`, { field: `types.${type}` });
    }
    return types;
  }
}

function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().replace(/\s+/g, ' ');
  return name.length > 0 && name.length <= 200 ? name : null;
}

/**
 * Turns a stored value of unknown shape into valid settings: each bad field falls back to its
 * default and is reported, and every good field is kept, so one corrupt value never loses the rest.
 */
export function validateSettings(stored: unknown): SettingsCheck {
  const { settings, problems } = readSettings(stored);
  return { settings, problems };
}

/** As `validateSettings`, with each problem also as a field (and entry) to word in the reader's language. */
export function checkSettings(stored: unknown): SettingsCheck & { issues: SettingsIssue[] } {
  return readSettings(stored);
}

function readSettings(stored: unknown): SettingsCheck & { issues: SettingsIssue[] } {
  const defaults = DEFAULT_SETTINGS;
  if (stored === undefined || stored === null)
    return {
      settings: {
        ...defaults,
        types: { ...defaults.types },
        disabledSites: [],
        enabledSites: [],
        hiddenNames: [],
      },
      problems: [],
      issues: [],
    };
  if (!isRecord(stored))
    return {
      ...readSettings(undefined),
      problems: ['settings are not an object; using defaults'],
      issues: [{ field: '' }],
    };
  const read = new FieldReader(stored);
  const settings: Settings = {
    enabled: read.boolean('enabled', defaults.enabled),
    disabledSites: read.list('disabledSites', cleanHostname, MAX_SITES),
    siteMode: read.choice('siteMode', ['off-on-listed', 'only-on-listed'], defaults.siteMode),
    enabledSites: read.list('enabledSites', cleanHostname, MAX_SITES),
    hiddenNames: read.list('hiddenNames', cleanName, MAX_HIDDEN_NAMES),
    highlightStyle: read.choice(
      'highlightStyle',
      ['underline', 'background', 'none'],
      defaults.highlightStyle,
    ),
    highlightAll: read.boolean('highlightAll', defaults.highlightAll),
    types: read.types(),
    hoverDelayMs: read.number('hoverDelayMs', { min: 0, max: 1500, fallback: defaults.hoverDelayMs }),
    threshold: read.number('threshold', { min: 0, max: 1, fallback: defaults.threshold }),
    demonyms: read.boolean('demonyms', defaults.demonyms),
    theme: read.choice('theme', ['auto', 'light', 'dark'], defaults.theme),
  };
  return { settings, problems: read.problems, issues: read.issues };
}

function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** Whether a host is a listed site or a subdomain of one. */
function isListed(sites: readonly string[], host: string): boolean {
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether Gloss runs on a page of this hostname: on everywhere, and the site list allows it. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normaliseHost(hostname);
  return settings.siteMode === 'only-on-listed'
    ? isListed(settings.enabledSites, host)
    : !isListed(settings.disabledSites, host);
}

/**
 * Returns settings with the site switched on or off in the current site mode. Off-on-listed: off
 * adds the exact hostname, on removes it and its parents. Only-on-listed: on adds the hostname,
 * off removes it and its parents.
 */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normaliseHost(hostname);
  const without = (sites: string[]) => sites.filter((site) => !(host === site || host.endsWith(`.${site}`)));
  if (settings.siteMode === 'only-on-listed') {
    const rest = without(settings.enabledSites);
    return { ...settings, enabledSites: enabled ? [...rest, host] : rest };
  }
  const rest = without(settings.disabledSites);
  return { ...settings, disabledSites: enabled ? rest : [...rest, host] };
}
