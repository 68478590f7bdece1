import { storage } from 'wxt/utils/storage';
import type { PackProblem } from '@/engine/pack-entry';
import type { Pack, PackEntry } from '@/engine/pack-parse';
import { MAX_PACK_ENTRIES, optionalMeta, readEntry } from '@/engine/pack-parse';
import type { StoredPack } from '@/engine/store-packs';
import { PACK_ID } from '@/engine/store-packs';

/*
 * The reader's knowledge packs, in storage.local only: they can be megabytes, far past what sync
 * allows, and they are the reader's own files, which they can import again elsewhere.
 * `local:packs` holds the list of packs, entries included, as one value, so an import or a removal
 * is one write that either happens whole or not at all.
 */
const item = storage.defineItem<unknown>('local:packs', { version: 1, fallback: null });

/** At most this many packs; each may hold MAX_PACK_ENTRIES entries. */
export const MAX_PACKS = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one stored pack again (storage can be edited or corrupted); keeps each valid entry. */
function validatePack(value: unknown, problems: string[]): StoredPack | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !PACK_ID.test(value.id)) return null;
  if (typeof value.name !== 'string' || value.name.trim() === '' || !Array.isArray(value.entries))
    return null;
  const entries: PackEntry[] = [];
  const found: PackProblem[] = [];
  for (const entry of value.entries.slice(0, MAX_PACK_ENTRIES)) {
    const read = isRecord(entry) ? readEntry({ at: () => null, problems: found }, entry) : null;
    if (read) entries.push(read);
  }
  const dropped = value.entries.length - entries.length;
  if (dropped > 0) problems.push(`pack ${value.id}: ${dropped} invalid entries skipped`);
  const pack: StoredPack = {
    id: value.id,
    name: value.name,
    importedAt: typeof value.importedAt === 'string' ? value.importedAt : new Date(0).toISOString(),
    entries,
  };
  // The same rules as at import: an edited store cannot slip in a javascript: address.
  return { ...pack, ...optionalMeta(value) };
}

/** Turns a stored value into valid packs, dropping only what is broken (and reporting it). */
export function validatePacks(stored: unknown): { packs: StoredPack[]; problems: string[] } {
  const problems: string[] = [];
  if (stored === null || stored === undefined) return { packs: [], problems };
  if (!Array.isArray(stored)) return { packs: [], problems: ['packs are not a list'] };
  const packs: StoredPack[] = [];
  for (const value of stored) {
    const pack = validatePack(value, problems);
    if (!pack) problems.push('a stored pack is unreadable and was skipped');
    else if (packs.some((other) => other.id === pack.id)) problems.push(`pack ${pack.id} is stored twice`);
    else packs.push(pack);
  }
  return { packs, problems };
}

/** The stored packs, validated; empty (with a warning) when storage cannot be read. */
export async function loadPacks(): Promise<StoredPack[]> {
  try {
    const { packs, problems } = validatePacks(await item.getValue());
    if (problems.length > 0) console.warn('Gloss: stored knowledge packs had problems:', problems);
    return packs;
  } catch (error) {
    console.warn('Gloss: could not read the knowledge packs', error);
    return [];
  }
}

/** An id for a new pack from its name, unique among the stored ones. */
export function newPackId(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'pack';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

export type AddPackResult =
  { ok: true; pack: StoredPack } | { ok: false; reason: 'tooManyPacks' | 'storage' };

/** Stores a parsed pack as a new one; on failure nothing is changed. */
export async function addPack(pack: Pack, now: Date = new Date()): Promise<AddPackResult> {
  const packs = await loadPacks();
  if (packs.length >= MAX_PACKS) return { ok: false, reason: 'tooManyPacks' };
  const stored: StoredPack = {
    ...pack,
    id: newPackId(
      pack.name,
      packs.map((p) => p.id),
    ),
    importedAt: now.toISOString(),
  };
  try {
    await item.setValue([...packs, stored]);
    return { ok: true, pack: stored };
  } catch (error) {
    // Most likely the storage quota: the packs stored before are untouched.
    console.warn('Gloss: could not store the knowledge pack', error);
    return { ok: false, reason: 'storage' };
  }
}

/** Removes a pack by id. */
export async function removePack(id: string): Promise<void> {
  const packs = await loadPacks();
  const rest = packs.filter((pack) => pack.id !== id);
  if (rest.length !== packs.length) await item.setValue(rest);
}

/** Calls `callback` with the validated packs whenever they change in any context; returns an unwatch. */
export function watchPacks(callback: (packs: StoredPack[]) => void): () => void {
  return item.watch((value) => {
    const { packs, problems } = validatePacks(value);
    if (problems.length > 0) console.warn('Gloss: stored knowledge packs had problems:', problems);
    callback(packs);
  });
}
