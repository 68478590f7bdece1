/**
 * Given names, learnt from the store itself: the first word of many people's names ("John" starts
 * over two hundred; "Ryan" ten, which is still a surname as often). A surname that is also a common given name ("John" of Elton John) names
 * nobody on its own.
 */
import type { KnowledgeStore } from './store';

// People whose name starts with a word before that word counts as a given name.
const MIN_PEOPLE = 20;

const known = new WeakMap<KnowledgeStore, ReadonlySet<string>>();

/** Lower-cased given names of the store's people; made once per store, on first need. */
export function givenNames(store: KnowledgeStore): ReadonlySet<string> {
  const cached = known.get(store);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const entity of store.entities) {
    if (entity.type !== 'person') continue;
    const space = entity.name.indexOf(' ');
    if (space <= 0) continue;
    const first = entity.name.slice(0, space).toLowerCase();
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const names = new Set([...counts].filter(([, n]) => n >= MIN_PEOPLE).map(([word]) => word));
  known.set(store, names);
  return names;
}
