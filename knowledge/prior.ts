import type { EntityType, StoreEntity } from '../engine/types';
import type { PriorHints } from './draft';

/*
 * Popularity prior in [0, 1], used only to rank entities that share an alias:
 *
 *   prior = min(1, base + 0.3 · clamp((log10(population) − 4) / 5, 0, 1) + (capital ? 0.15 : 0))
 *   then, for a popular entity that a namesake outranks or comes within 0.05 of:
 *   prior = min(1, prior + 0.1)
 *   and for any other popular entity: prior = max(prior, 0.45)
 *
 * base: the source and what it says about prominence —
 *   world-countries country 0.6 (every country is news-worthy; population sorts them),
 *   news core by priority 1 / 2 / 3 → 0.85 / 0.7 / 0.55 (chosen because they are in the news),
 *   a capital known only from world-countries 0.3 (0.45 with the capital bonus),
 *   a GeoNames city 0.35 (as a WordNet place: population ranks them), a GeoNames first-level
 *   division 0.3 with the people of its listed places as population (a city of a million
 *   outranks the province of two that is named after it: readers mean Córdoba the city), or 0.15
 *   when a same-named city holds half of those people (Stockholm, New York),
 *   WordNet by type: organisation 0.4, person and place 0.35, event 0.3, other 0.15 (WordNet
 *   lists the notable, not the current; deities and fictional characters rarely are the news).
 * Population is log-scaled: 10,000 people add nothing, a billion add 0.3. A merged entry keeps
 * the highest base and the largest population of its parts. Rounded to 3 decimals.
 *
 * popular: the entity's English Wikipedia title (lower-cased, underscores as spaces) is one of
 * compromise-wikipedia's 38,041 titles readers look up. The boost is for ranking namesakes: it
 * goes to a popular entity when another entity with one of its full (not weak) names has a prior
 * above, equal to or within 0.05 below its own, so near-ties go to the one readers look up (New
 * York City 0.527 vs New York State 0.509 becomes 0.627 vs 0.509). An entity clearly first for
 * all its names keeps its prior: a flat boost lifted capitals like Tokyo past link thresholds and
 * Jack London ("London" is only his weak surname) towards London, and cost precision on two dev
 * sets; a 0.1 margin did too. The list has no parenthesised titles ("Georgia (country)" gets
 * nothing) and neither Paris is on it. Such an entity is still lifted to POPULAR_FLOOR, just above
 * the linker's long tail (engine/link-score.ts): WordNet gives the Knesset 0.4 and Harvard
 * University 0.35, the priors of obscure rivers and forgotten poets, though readers look both up.
 *
 * secondary namesakes: then a GeoNames place whose name is the bare title of a higher-ranked
 * country, GeoNames city or news-core entry loses SECONDARY_NAMESAKE_DROP (0.15): Wikipedia gives
 * the name to the other, so the other is whom the bare name means (Boston, Lincolnshire below
 * Boston; the canton of Geneva below the city). Log-scaled population alone left a town of 40,000
 * within 0.1 of a city of 700,000, and such a close rival kept the city from linking on its own.
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
export const GEO_CITY_BASE = 0.35;
export const GEO_DIVISION_BASE = 0.3;
/** A division with a same-named city holding half its people (see geonames-admin.ts's shadowDivisions). */
export const GEO_SHADOWED_DIVISION_BASE = 0.15;
export const POPULAR_BOOST = 0.1;
export const POPULAR_FLOOR = 0.45;
/** How far below a popular entity a namesake may rank and still count as a near-tie. */
export const NAMESAKE_MARGIN = 0.05;

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

/**
 * Adds POPULAR_BOOST to the prior of each popular entity that a namesake outranks, ties or comes
 * within NAMESAKE_MARGIN of on one of its full names (its name and non-weak aliases, by `key`); priors are compared before any
 * boost, so the result does not depend on order. Lifts every other popular entity to
 * POPULAR_FLOOR. Returns the ids of the entities boosted (not those lifted).
 */
export function boostPopularNamesakes(
  entities: StoreEntity[],
  isPopular: (entity: StoreEntity) => boolean,
  key: (text: string) => string,
): string[] {
  const names = (e: StoreEntity) =>
    new Set([e.name, ...e.aliases.filter((a) => !a.weak).map((a) => a.text)].map(key));
  const byName = new Map<string, number[]>();
  for (const [index, e] of entities.entries())
    for (const name of names(e)) {
      const list = byName.get(name);
      if (list) list.push(index);
      else byName.set(name, [index]);
    }
  const before = entities.map((e) => e.prior);
  const boosted: string[] = [];
  for (const [index, e] of entities.entries()) {
    if (!isPopular(e)) continue;
    const own = before[index] ?? 0;
    const outranked = [...names(e)].some((name) =>
      (byName.get(name) ?? []).some(
        (other) => other !== index && (before[other] ?? 0) >= own - NAMESAKE_MARGIN,
      ),
    );
    if (!outranked) {
      if (own < POPULAR_FLOOR) e.prior = POPULAR_FLOOR;
      continue;
    }
    e.prior = Math.round(Math.min(1, own + POPULAR_BOOST) * 1000) / 1000;
    boosted.push(e.id);
  }
  return boosted;
}

/** How far a GeoNames place falls below the entry whose article its name is (demoteSecondaryNamesakes). */
export const SECONDARY_NAMESAKE_DROP = 0.15;

/** What demoteSecondaryNamesakes reads besides the entities. */
export interface NamesakeRules {
  key: (text: string) => string;
  /** Whether an entry's bare title may settle whom a name means (see demoteSecondaryNamesakes). */
  settles: (entity: StoreEntity) => boolean;
  /** Whether an entry may be lowered: GeoNames' places. */
  lowers: (entity: StoreEntity) => boolean;
}

/**
 * Lowers by SECONDARY_NAMESAKE_DROP the prior of each place whose name is another entry's bare
 * Wikipedia title, when that entry ranks above it: Wikipedia gives the bare name to the other (its
 * primary topic), so a reader who writes the name alone means the other. Boston, Lincolnshire
 * beside Boston; Dallas, Oregon beside Dallas; the canton of Geneva and the Community of Madrid
 * beside their cities; Toyota, the city, beside the carmaker. Without it a town a twentieth the
 * size kept "Boston" from linking in "She flew to Boston." The namesake still links where the
 * story supports it ("Athens, Ga.", a story that names Georgia). Run after the popular boost,
 * which compares priors as the sources give them. Returns the ids of the places lowered.
 */
export function demoteSecondaryNamesakes(entities: StoreEntity[], rules: NamesakeRules): string[] {
  // Title key → the one entry titled so (-1 when two are: then neither settles the name).
  const titled = new Map<string, number>();
  for (const [index, e] of entities.entries())
    if (e.wikipedia !== null && rules.settles(e)) {
      const k = rules.key(e.wikipedia);
      titled.set(k, titled.has(k) ? -1 : index);
    }
  const lowered: string[] = [];
  for (const e of entities) {
    if (e.type !== 'place' || !rules.lowers(e)) continue;
    const primary = entities[titled.get(rules.key(e.name)) ?? -1];
    if (!primary || primary === e || primary.wikipedia === e.wikipedia || primary.prior <= e.prior) continue;
    e.prior = Math.max(0, Math.round((e.prior - SECONDARY_NAMESAKE_DROP) * 1000) / 1000);
    lowered.push(e.id);
  }
  return lowered;
}
