import { normalizeKey } from './normalize';
import type { Pack, PackEntry } from './pack-parse';
import type { CompiledStore, SourceInfo, StoreEntity } from './types';

/** A pack as kept in storage: the imported pack, its id and when it was imported. */
export interface StoredPack extends Pack {
  /** Lower-case letters, digits and hyphens; part of every entity id of the pack. */
  id: string;
  /** ISO date-time of the import. */
  importedAt: string;
}

export const PACK_ID = /^[a-z0-9-]{1,40}$/;

/**
 * Prior of a pack entry without a priority: above WordNet's and a mid-sized city's (0.15-0.45), so
 * a name the reader added wins over the long tail, and below the news core's weekly names (0.85).
 */
export const PACK_PRIOR = 0.6;
const PRIORITY_PRIOR = { 1: 0.85, 2: 0.7, 3: 0.55 } as const;

/** The source key of a pack's entities in the merged store. */
export function packSourceKey(packId: string): string {
  return `pack:${packId}`;
}

function slugOf(name: string): string {
  const slug = normalizeKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'entry';
}

function packSource(pack: StoredPack): SourceInfo {
  return {
    key: packSourceKey(pack.id),
    name: pack.name,
    version: '',
    licence: pack.licence ?? '',
    url: pack.url ?? '',
    asOf: pack.asOf ?? pack.importedAt.slice(0, 10),
  };
}

function toEntity(entry: PackEntry, id: string, source: string): StoreEntity {
  // The store lists the name among the aliases only to carry a flag; a plain repeat is noise.
  const aliases = entry.aliases.filter((alias) => alias.text !== entry.name || alias.weak || alias.common);
  return {
    id,
    type: entry.type,
    name: entry.name,
    aliases: aliases.map((alias) => ({ ...alias })),
    description: entry.description,
    facts: entry.facts.map((fact) => ({ ...fact })),
    source,
    wikipedia: entry.wikipedia,
    prior: entry.priority ? PRIORITY_PRIOR[entry.priority] : PACK_PRIOR,
  };
}

/** A pack's entries as store entities, with ids `pack:<packId>:<slug of the name>` unique within the pack. */
export function packEntities(pack: StoredPack): StoreEntity[] {
  const source = packSourceKey(pack.id);
  const used = new Map<string, number>();
  return pack.entries.map((entry) => {
    const slug = slugOf(entry.name);
    const seen = (used.get(slug) ?? 0) + 1;
    used.set(slug, seen);
    return toEntity(entry, `pack:${pack.id}:${seen === 1 ? slug : `${slug}-${seen}`}`, source);
  });
}

/**
 * The packaged store with the reader's packs added: each pack becomes a source named after it and
 * its entries entities of that source. The packaged entities keep their order (and so their
 * indexes); a pack whose id repeats an earlier one is skipped.
 */
export function mergePacks(compiled: CompiledStore, packs: readonly StoredPack[]): CompiledStore {
  const sources = [...compiled.sources];
  const entities = [...compiled.entities];
  const seen = new Set<string>();
  for (const pack of packs) {
    if (seen.has(pack.id) || !PACK_ID.test(pack.id)) continue;
    seen.add(pack.id);
    sources.push(packSource(pack));
    for (const entity of packEntities(pack)) entities.push(entity);
  }
  return { ...compiled, sources, entities };
}
