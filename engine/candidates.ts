import type { Candidate } from './messages';
import { normalizeKey } from './normalize';
import { aliasKey } from './store';
import type { KnowledgeStore } from './store';

/** At most this many candidates are offered under "Not this?": a longer list helps nobody choose. */
export const MAX_CANDIDATES = 8;

/**
 * Every entity the store has for a name as written on the page, most popular first (the prior the
 * linker also ranks by). Read straight from the alias index, so it never depends on the linker's
 * scoring: the reader sees what the store could mean, not only what context made likely.
 */
export function candidatesFor(store: KnowledgeStore, surface: string): Candidate[] {
  const key = aliasKey(surface.replace(/['’]s$/u, ''))?.key;
  const postings = key === undefined ? undefined : store.lookup(key);
  if (!postings) return [];
  const seen = new Set<number>();
  const candidates: { candidate: Candidate; prior: number }[] = [];
  for (const posting of postings) {
    const entity = store.entities[posting.entity];
    if (!entity || seen.has(posting.entity)) continue;
    seen.add(posting.entity);
    candidates.push({
      candidate: {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        // Descriptions come with the details file; without it the list still names the candidates.
        description: store.entity(posting.entity)?.description ?? '',
      },
      prior: entity.prior,
    });
  }
  return candidates
    .sort((a, b) => b.prior - a.prior)
    .slice(0, MAX_CANDIDATES)
    .map((entry) => entry.candidate);
}

/**
 * The ids of the entities whose own name is one of `names`, looked up by alias as "Not this?" does
 * but without its cap: hiding "Paris" hides the city (and any other entity named just "Paris"),
 * however a page writes it, not Paris Hilton, whom "Paris" may also mean.
 */
export function entitiesNamed(store: KnowledgeStore, names: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const name of names) {
    const key = normalizeKey(name);
    const alias = aliasKey(name)?.key;
    const postings = key === '' || alias === undefined ? undefined : store.lookup(alias);
    for (const posting of postings ?? []) {
      const entity = store.entities[posting.entity];
      if (entity && normalizeKey(entity.name) === key) ids.add(entity.id);
    }
  }
  return [...ids];
}
