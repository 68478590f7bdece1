import type { EntityType } from '../engine/types';
import type { PriorHints } from './draft';

/*
 * Popularity prior in [0, 1], used only to rank entities that share an alias:
 *
 *   prior = min(1, base + 0.3 · clamp((log10(population) − 4) / 5, 0, 1) + (capital ? 0.15 : 0))
 *
 * base: the source and what it says about prominence —
 *   world-countries country 0.6 (every country is news-worthy; population sorts them),
 *   news core by priority 1 / 2 / 3 → 0.85 / 0.7 / 0.55 (chosen because they are in the news),
 *   a capital known only from world-countries 0.3 (0.45 with the capital bonus),
 *   WordNet by type: organisation 0.4, person and place 0.35, event 0.3, other 0.15 (WordNet
 *   lists the notable, not the current; deities and fictional characters rarely are the news).
 * Population is log-scaled: 10,000 people add nothing, a billion add 0.3. A merged entry keeps
 * the highest base and the largest population of its parts. Rounded to 3 decimals.
 */

const WORDNET_BASE: Readonly<Record<EntityType, number>> = {
  organisation: 0.4,
  person: 0.35,
  place: 0.35,
  event: 0.3,
  other: 0.15,
};

export const COUNTRY_BASE = 0.6;
export const CAPITAL_BASE = 0.3;

export function wordnetBase(type: EntityType): number {
  return WORDNET_BASE[type];
}

export function newsCoreBase(priority: 1 | 2 | 3): number {
  return [0.85, 0.7, 0.55][priority - 1] ?? 0.55;
}

export function computePrior(hints: PriorHints): number {
  const population = hints.population ?? 0;
  const scaled = population > 0 ? Math.min(1, Math.max(0, (Math.log10(population) - 4) / 5)) : 0;
  const prior = Math.min(1, hints.base + 0.3 * scaled + (hints.capital ? 0.15 : 0));
  return Math.round(prior * 1000) / 1000;
}

/** Hints of two merged entries: the stronger of each. */
export function mergeHints(a: PriorHints, b: PriorHints): PriorHints {
  const population = Math.max(a.population ?? 0, b.population ?? 0);
  return {
    base: Math.max(a.base, b.base),
    ...(population > 0 ? { population } : {}),
    ...(a.capital || b.capital ? { capital: true } : {}),
  };
}
