import type { Alias, EntityType, Fact } from '../engine/types';
import { nameKey as normalizeKey } from './keys';

/** What the prior is computed from (see prior.ts); merged entries keep the strongest of each. */
export interface PriorHints {
  /** Source- and type-based starting score in [0, 1]. */
  base: number;
  population?: number;
  /** A country's capital city. */
  capital?: boolean;
}

/** An entry on its way into the store: a StoreEntity before merging and before its prior is set. */
export interface DraftEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Alias[];
  description: string;
  facts: Fact[];
  source: string;
  wikipedia: string | null;
  countryCode?: string;
  /** Ids of the entries merged into this one (see StoreEntity.formerIds). */
  formerIds?: string[];
  hints: PriorHints;
}

/** Kebab-case ASCII slug of a name, for readable ids. */
export function slugify(text: string): string {
  return normalizeKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// Keeps the stronger reading when one name arrives twice: strong beats weak, and `common`
// (a lower-case English word) stays once any source says so.
function combine(a: Alias, b: Alias): Alias {
  const weak = a.weak === true && b.weak === true;
  const common = a.common === true || b.common === true;
  return { text: a.text, ...(weak ? { weak } : {}), ...(common ? { common } : {}) };
}

/**
 * Adds aliases to an entry, one per normalised key. A one-word name is listed among them too, so
 * that the compiler can flag it when it is also a common word ("March", "Republican", "Man"): the
 * engine indexes a name and an alias of one key as one posting, flags and all. `serializeStore`
 * drops the name's entry again when it carries no flag.
 */
export function addAliases(entity: DraftEntity, more: readonly Alias[]): void {
  const nameKey = normalizeKey(entity.name);
  const byKey = new Map<string, number>();
  entity.aliases.forEach((alias, i) => byKey.set(normalizeKey(alias.text), i));
  const oneWord = nameKey !== '' && !nameKey.includes(' ');
  for (const alias of oneWord ? [{ text: entity.name }, ...more] : more) {
    const key = normalizeKey(alias.text);
    if (key === '' || (key === nameKey && !oneWord)) continue;
    const at = byKey.get(key);
    const old = at === undefined ? undefined : entity.aliases[at];
    if (at !== undefined && old) entity.aliases[at] = combine(old, alias);
    else {
      byKey.set(key, entity.aliases.length);
      entity.aliases.push(alias);
    }
  }
}

/** Every normalised name of an entry: its name and its aliases. */
export function nameKeys(entity: DraftEntity): string[] {
  return [entity.name, ...entity.aliases.map((a) => a.text)].map(normalizeKey);
}
