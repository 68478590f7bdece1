import type { CardData } from './messages';
import type { KnowledgeStore } from './store';

/** The emoji flag of an ISO 3166-1 alpha-2 code, from regional indicator symbols; null when invalid. */
export function flagEmoji(countryCode: string | undefined): string | null {
  if (!countryCode || !/^[A-Za-z]{2}$/.test(countryCode)) return null;
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  return String.fromCodePoint(...[...countryCode.toUpperCase()].map((c) => base + c.charCodeAt(0)));
}

/** Everything a hover card shows about one entity, or null when the id is unknown. */
export function cardData(store: KnowledgeStore, id: string): CardData | null {
  const entity = store.byId(id);
  if (!entity) return null;
  const source = store.sources.get(entity.source);
  if (!source) return null;
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    description: entity.description,
    facts: entity.facts.map((fact) => ({ ...fact })),
    aliases: entity.aliases.map((alias) => alias.text),
    wikipedia: entity.wikipedia,
    flag: flagEmoji(entity.countryCode),
    source: { ...source },
  };
}
