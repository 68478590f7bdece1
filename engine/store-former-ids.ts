/**
 * Former ids: the ids entities had before a merge folded them into another entry (a news-core entry
 * absorbed by the WordNet entry it describes). Readers' saved choices may name one, so the store
 * still finds the entity by it. The index lists them in one sorted string, searched in place: a
 * store start neither splits nor scans it.
 */
import type { StoreIndexFile } from './store-files';
import { findLine } from './store-search';

export interface FormerIds {
  /** The entity that had `id` before a merge, if any. */
  entityOf(id: string): number | undefined;
  /** The former ids of an entity, if any (read for a whole entity, as cards and `kb` tools ask). */
  of(entity: number): string[] | undefined;
}

/** Reads an index's former ids; an entity index out of range reads as none. */
export function formerIdReader(index: StoreIndexFile): FormerIds {
  const packed = index.entities.formerIds ?? '';
  const entities = index.entities.type.length;
  const entityAt = (line: string, tab: number) => {
    const i = parseInt(line.slice(tab + 1), 36);
    return i >= 0 && i < entities ? i : undefined;
  };
  let byEntity: Map<number, string[]> | undefined;
  return {
    entityOf(id) {
      const line = packed === '' ? null : findLine(packed, id, true);
      return line ? entityAt(packed.slice(line.start, line.end), id.length) : undefined;
    },
    of(entity) {
      if (!byEntity) {
        byEntity = new Map();
        for (const line of packed === '' ? [] : packed.split('\n')) {
          const tab = line.indexOf('\t');
          const i = entityAt(line, tab);
          if (tab > 0 && i !== undefined) byEntity.set(i, [...(byEntity.get(i) ?? []), line.slice(0, tab)]);
        }
      }
      return byEntity.get(entity);
    },
  };
}
