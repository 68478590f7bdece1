import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';

/*
 * How settings are laid out in storage.sync (UX.md: 8,192 bytes an item, 102,400 in all). The
 * header item `prefs` holds only the small settings that differ from the defaults, plus how many
 * chunks each list has; the lists (sites, hidden names) follow in items `prefs.<list>.<n>`, each
 * under the per-item limit. A reader with default settings stores `{ v: 2 }` and nothing else.
 */
export const HEADER_KEY = 'prefs';
export const FORMAT = 2;
export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;
/** Room left in each item for what a browser may count beyond key and JSON. */
const ITEM_MARGIN = 64;
const MAX_CHUNKS = 64;

export const LIST_KEYS = ['disabledSites', 'enabledSites', 'hiddenNames'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

// Made on first use: the content script loads this module on every page but only writes settings
// when the reader changes one.
let encoder: TextEncoder | null = null;

/** A string's length in UTF-8 bytes. */
function utf8Bytes(text: string): number {
  return (encoder ??= new TextEncoder()).encode(text).byteLength;
}

/** Whether a storage.sync key belongs to the settings layout. */
export function isSettingsKey(key: string): boolean {
  return key === HEADER_KEY || key.startsWith(`${HEADER_KEY}.`);
}

export function chunkKey(list: ListKey, n: number): string {
  return `${HEADER_KEY}.${list}.${n}`;
}

/** Size of an item as Chrome counts it against the quota: the key plus its value's JSON, in bytes. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
}

/** Splits a list into chunks whose items each stay under `limit` bytes; order is kept. */
export function chunkList(list: readonly string[], key: string, limit = QUOTA_BYTES_PER_ITEM): string[][] {
  const budget = limit - ITEM_MARGIN - utf8Bytes(key);
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = 2; // the brackets
  for (const entry of list) {
    const size = utf8Bytes(JSON.stringify(entry)) + 1;
    if (chunk.length > 0 && bytes + size > budget) {
      chunks.push(chunk);
      chunk = [];
      bytes = 2;
    }
    chunk.push(entry);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Every storage.sync item for these settings: the header and the chunks of each non-empty list. */
export function encodeSettings(settings: Settings, limit = QUOTA_BYTES_PER_ITEM): Record<string, unknown> {
  const header: Record<string, unknown> = { v: FORMAT };
  const items: Record<string, unknown> = { [HEADER_KEY]: header };
  const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) {
    if ((LIST_KEYS as readonly string[]).includes(key)) continue;
    if (JSON.stringify(value) !== JSON.stringify(defaults[key])) header[key] = value;
  }
  const counts: Partial<Record<ListKey, number>> = {};
  for (const list of LIST_KEYS) {
    const chunks = chunkList(settings[list], chunkKey(list, MAX_CHUNKS), limit);
    chunks.forEach((chunk, n) => (items[chunkKey(list, n)] = chunk));
    if (chunks.length > 0) counts[list] = chunks.length;
  }
  if (Object.keys(counts).length > 0) header.lists = counts;
  return items;
}

/** Total bytes of a set of items, to compare with the sync quota before trying. */
export function totalBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One list put back together from its chunks; a missing or broken chunk is reported and skipped. */
function joinList(
  list: ListKey,
  count: unknown,
  items: Record<string, unknown>,
  problems: string[],
): unknown[] {
  if (count === undefined) return [];
  if (!(Number.isInteger(count) && (count as number) > 0 && (count as number) <= MAX_CHUNKS)) {
    problems.push(`${list}: bad chunk count`);
    return [];
  }
  const joined: unknown[] = [];
  for (let n = 0; n < (count as number); n++) {
    const chunk = items[chunkKey(list, n)];
    if (Array.isArray(chunk)) joined.push(...(chunk as unknown[]));
    else problems.push(`${list}: chunk ${n} is missing or not a list`);
  }
  return joined;
}

/**
 * Turns the stored sync items back into one settings-shaped value (to be checked by
 * `validateSettings`); null when there is no header. Problems name chunks that are missing.
 */
export function decodeSettings(items: Record<string, unknown>): { stored: unknown; problems: string[] } {
  const header = items[HEADER_KEY];
  if (header === undefined || header === null) return { stored: null, problems: [] };
  if (!isRecord(header) || header.v !== FORMAT)
    return { stored: header, problems: ['the settings header is not format 2'] };
  const problems: string[] = [];
  const { lists, ...small } = header;
  delete small.v;
  const counts = isRecord(lists) ? lists : {};
  if (lists !== undefined && !isRecord(lists)) problems.push('the list counts are not an object');
  const stored: Record<string, unknown> = { ...small };
  for (const list of LIST_KEYS) stored[list] = joinList(list, counts[list], items, problems);
  return { stored, problems };
}
