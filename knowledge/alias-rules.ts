import type { DraftEntity } from './draft';
import { nameKey } from './keys';
import { COUNTRY_BASE } from './prior';

/**
 * Makes weak every alias that is the own name of a country or a continent on another entry:
 * WordNet lists "Europe" among the EU's names and "Russia" among the Soviet Union's, yet a reader
 * who writes "Europe" means the continent unless the context says otherwise.
 */
export function weakenBorrowedNames(entities: readonly DraftEntity[]): void {
  const isCountry = (e: DraftEntity) => e.type === 'place' && e.hints.base >= COUNTRY_BASE;
  const owners = new Map<string, DraftEntity>();
  for (const e of entities) if (isCountry(e)) owners.set(nameKey(e.name), e);
  // A country's other strong names too, for entries other than countries: WordNet's US Army is
  // also "USA", which in news is the country.
  const otherNames = new Map<string, DraftEntity>();
  for (const e of entities)
    if (isCountry(e)) for (const a of e.aliases) if (!a.weak) otherNames.set(nameKey(a.text), e);
  for (const e of entities) {
    e.aliases = e.aliases.map((alias) => {
      const key = nameKey(alias.text);
      const owner = owners.get(key) ?? (isCountry(e) ? undefined : otherNames.get(key));
      return owner && owner !== e && !alias.weak ? { ...alias, weak: true } : alias;
    });
  }
}

/**
 * Makes an organisation's alias weak when another organisation carries the same alias weak as a
 * common phrase (not an acronym such as "AFP", which each owner may judge differently): the
 * news core marks "Supreme Court", "Senate" and "Treasury" weak on each country's body, and
 * WordNet's US bodies must not keep them strong, or "the Victorian Supreme Court" reads as the US
 * one. Weak, they still link where the story's country supports them.
 */
export function weakenSharedBodyNames(entities: readonly DraftEntity[]): void {
  const shared = new Set<string>();
  for (const e of entities)
    if (e.type === 'organisation')
      for (const a of e.aliases) if (a.weak && a.common) shared.add(nameKey(a.text));
  for (const e of entities) {
    if (e.type !== 'organisation') continue;
    const own = nameKey(e.name);
    e.aliases = e.aliases.map((alias) =>
      !alias.weak && shared.has(nameKey(alias.text)) ? { ...alias, weak: true } : alias,
    );
    // The entry's own name, when it is such a name, is weakened through an alias of the same text.
    if (shared.has(own) && !e.aliases.some((a) => nameKey(a.text) === own))
      e.aliases.push({ text: e.name, weak: true });
  }
}
