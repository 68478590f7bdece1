import type { DraftEntity } from './draft';
import { nameKey } from './keys';
import { COUNTRY_BASE } from './prior';

/**
 * Makes weak every alias that is the own name of a country or a continent on another entry:
 * WordNet lists "Europe" among the EU's names and "Russia" among the Soviet Union's, yet a reader
 * who writes "Europe" means the continent unless the context says otherwise.
 */
export function weakenBorrowedNames(entities: readonly DraftEntity[]): void {
  const owners = new Map<string, DraftEntity>();
  for (const e of entities)
    if (e.type === 'place' && e.hints.base >= COUNTRY_BASE) owners.set(nameKey(e.name), e);
  for (const e of entities) {
    e.aliases = e.aliases.map((alias) => {
      const owner = owners.get(nameKey(alias.text));
      return owner && owner !== e && !alias.weak ? { ...alias, weak: true } : alias;
    });
  }
}
