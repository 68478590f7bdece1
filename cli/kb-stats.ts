import type { CompiledStore } from '../engine/types';
import { nameKey } from '../knowledge/keys';

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of [...values].sort()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Figures about a compiled store: what `kb stats` prints and `kb build` summarises. */
export function storeStats(store: CompiledStore, bytes: number) {
  const byKey = new Map<string, Set<string>>();
  let aliases = 0;
  for (const e of store.entities) {
    aliases += e.aliases.length;
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const key = nameKey(text);
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(e.id);
      byKey.set(key, ids);
    }
  }
  const ambiguous = [...byKey].filter(([, ids]) => ids.size > 1).sort(([, a], [, b]) => b.size - a.size);
  return {
    entities: store.entities.length,
    byType: countBy(store.entities.map((e) => e.type)),
    bySource: countBy(store.entities.map((e) => e.source)),
    aliases,
    nameKeys: byKey.size,
    ambiguousAliases: ambiguous.length,
    ambiguousExamples: ambiguous.slice(0, 8).map(([key, ids]) => ({ key, entities: [...ids].slice(0, 6) })),
    withWikipedia: store.entities.filter((e) => e.wikipedia !== null).length,
    asOf: store.asOf,
    sizeBytes: bytes,
  };
}
