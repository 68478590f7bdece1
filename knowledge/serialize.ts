import type { Alias, CompiledStore, Fact, StoreEntity } from '../engine/types';
import { compileStoreForEngine } from '../engine/store-compile';
import { asciiJson } from '../engine/store-parts';
import { nameKey } from './keys';

// Optional fields are written only when set, in a fixed key order, so the file is compact and the
// same store always gives the same bytes.
function alias(a: Alias): Alias {
  return { text: a.text, ...(a.weak ? { weak: true } : {}), ...(a.common ? { common: true } : {}) };
}

function fact(f: Fact): Fact {
  return { key: f.key, value: f.value, ...(f.since !== undefined ? { since: f.since } : {}) };
}

function entity(e: StoreEntity): StoreEntity {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    // The name listed as its own alias matters only for its flag (see `addAliases`).
    aliases: e.aliases.filter((a) => a.common === true || nameKey(a.text) !== nameKey(e.name)).map(alias),
    description: e.description,
    facts: e.facts.map(fact),
    source: e.source,
    wikipedia: e.wikipedia,
    prior: e.prior,
    ...(e.countryCode !== undefined ? { countryCode: e.countryCode } : {}),
    ...(e.formerIds?.length ? { formerIds: [...e.formerIds].sort() } : {}),
  };
}

/** Compact JSON of a store, entities sorted by id. */
export function serializeStore(store: CompiledStore): string {
  const entities = [...store.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(entity);
  return JSON.stringify({ format: store.format, asOf: store.asOf, sources: store.sources, entities });
}

/**
 * The files the extension ships: the index the background parses at every start and the details it
 * reads on the first card. Built from the serialized store, so entity order (by id) and bytes are
 * the same for the same inputs.
 */
export function serializeEngineFiles(json: string): { index: string; details: string } {
  const { index, details } = compileStoreForEngine(JSON.parse(json) as CompiledStore);
  return { index: asciiJson(index), details: asciiJson(details) };
}
