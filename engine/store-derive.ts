/**
 * What the linker derives from an entity's facts and aliases, computed once when the store is
 * compiled, so a background start does not walk every fact of every entity.
 */
import { normalizeKey } from './normalize';
import type { Fact, StoreEntity } from './types';

/** A place or body an entity's facts name: its capital, country, region, or the country of an office. */
export interface Relation {
  fact: string;
  /** Normalised name of the related thing ("tbilisi", "russia"). */
  key: string;
}

const PLACE_FACTS: ReadonlySet<string> = new Set([
  'capital',
  'country',
  'region',
  'division',
  'headquarters',
]);

/** What an office is of: "President of Russia" → "russia", "Secretary-General of the United Nations" → "united nations". */
function officeOf(office: string): string | null {
  const at = office.lastIndexOf(' of ');
  if (at < 0) return null;
  return normalizeKey(office.slice(at + 4)).replace(/^the /, '') || null;
}

/** The relations an entity's facts state, in fact order. */
export function relationsFromFacts(facts: readonly Fact[]): Relation[] {
  const relations: Relation[] = [];
  for (const fact of facts) {
    if (PLACE_FACTS.has(fact.key)) {
      const value = String(fact.value);
      relations.push({ fact: fact.key, key: normalizeKey(value) });
      // "Atlanta, United States": the place before the country is what a story names.
      const comma = value.lastIndexOf(', ');
      if (comma > 0) relations.push({ fact: fact.key, key: normalizeKey(value.slice(0, comma)) });
    } else if (fact.key === 'office') {
      const key = officeOf(String(fact.value));
      if (key) relations.push({ fact: 'office', key });
    }
  }
  return relations;
}

/** Demonym key ("chinese") → the entities whose demonym it is, in entity order. */
export function demonymsOf(entities: readonly StoreEntity[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  entities.forEach((entity, i) => {
    const name = normalizeKey(entity.name);
    // A country's one-word alias that only cuts its name short ("Uzbek" for Uzbekistan) is its adjective.
    if (entity.countryCode)
      for (const alias of entity.aliases) {
        const key = normalizeKey(alias.text);
        if (!key.includes(' ') && key.length >= 4 && name.startsWith(key) && name !== key) add(key, i);
      }
    for (const fact of entity.facts) {
      if (fact.key !== 'demonym' || typeof fact.value !== 'string') continue;
      const key = normalizeKey(fact.value);
      // A demonym spelt like the name itself is the name, which the alias index already covers.
      if (key !== name) add(key, i);
    }
  });
  return map;
}
