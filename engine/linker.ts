/**
 * Linker v1: ranks the candidate entities of each match by prior, cue words, document context and
 * related entities, keeps one sense per name per document, and gives a confidence in [0, 1].
 */
import type { DocumentContext, Occurrence } from './context';
import type { Scoring } from './link-score';
import { LONG_TAIL, inDivision, longTailFactor, nameFacts, rawScore } from './link-score';
import type { KnowledgeStore } from './store';

/** Parts of the linker the eval command can switch off one by one to show their effect (issue 4). */
export const LINKER_PARTS = [
  'context',
  'weak',
  'sentence',
  'cues',
  'relations',
  'senses',
  'neighbours',
  'support',
] as const;
export type LinkerPart = (typeof LINKER_PARTS)[number];

/** A linked occurrence before it is mapped back to the original text. */
export interface Link {
  occ: Occurrence;
  entity: number;
  score: number;
}

/** Confidence of the best candidate given the runner-up: a close rival means the name is ambiguous. */
function confidence(best: number, second: number): number {
  if (best <= 0) return 0;
  const ratio = Math.min(1, Math.max(0, second) / best);
  return Math.max(0, Math.min(1, best * (1 - 0.7 * ratio ** 4)));
}

/** Links every occurrence, one sense per alias key across the document; returns links scoring ≥ floor. */
export function linkOccurrences(
  store: KnowledgeStore,
  occurrences: readonly Occurrence[],
  options: { context: DocumentContext; floor: number; off?: ReadonlySet<string> },
): Link[] {
  const { context, floor } = options;
  const off = options.off ?? new Set<string>();
  // What the document says of each occurrence's name, read once for its scores and its long-tail doubt.
  const scorings: Scoring[] = occurrences.map((occ) => ({ context, name: nameFacts(occ, context), off }));
  const scores = occurrences.map((occ, i) => {
    const byEntity = new Map<number, number>();
    const scoring = scorings[i] as Scoring;
    for (const posting of occ.match.postings) {
      const score = rawScore(store, occ, posting, scoring);
      byEntity.set(posting.entity, Math.max(byEntity.get(posting.entity) ?? -1, score));
    }
    return byEntity;
  });
  // Without one sense per name, each occurrence is its own "name".
  const senses = chooseSenses(store, occurrences, scores, { each: off.has('senses'), scorings });
  const links: Link[] = [];
  occurrences.forEach((occ, i) => {
    const sense = senses.get(off.has('senses') ? String(i) : occ.match.key);
    const own = scores[i];
    if (!sense || !own?.has(sense.entity)) return;
    const posting = occ.match.postings.find((p) => p.entity === sense.entity);
    const scoring = scorings[i];
    const tail = posting && scoring ? longTailFactor(store, occ, posting, scoring) : 1;
    const score = confidence(own.get(sense.entity) ?? 0, sense.second) * tail;
    const id = store.entities[sense.entity]?.id;
    if (id && !context.senses.has(occ.match.key) && score >= 0.5) context.senses.set(occ.match.key, id);
    if (score >= floor) links.push({ occ, entity: sense.entity, score: Math.round(score * 1000) / 1000 });
  });
  return links;
}

/**
 * Whether an entity is a country or a state, province or other region outside the long tail: a
 * place in no division, which news names far more often than the towns and rivers named after it.
 */
function isRegion(store: KnowledgeStore, entity: number): boolean {
  const record = store.entities[entity];
  return record?.type === 'place' && record.prior >= LONG_TAIL && !inDivision(store, entity);
}

/** The entity with the best score; of equal scores, the first entity of the store. */
function bestReading(scores: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  scores.forEach((score, entity) => {
    if (score > bestScore || (score === bestScore && best !== undefined && entity < best)) {
      best = entity;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Per alias key, the entity with the best score over the document, and its best rival's score.
 * Behind a country or a region, a rival from the long tail that nothing in the document supports
 * counts only as far as it would link itself (longTailFactor): "Oregon" is the state, though towns
 * in Ohio and Wisconsin share the name, and "Ohio" the state, though a river shares it too. Behind a
 * town or anything else, a namesake may well be meant, and counts in full.
 */
function chooseSenses(
  store: KnowledgeStore,
  occurrences: readonly Occurrence[],
  scores: readonly Map<number, number>[],
  { each, scorings }: { each: boolean; scorings: readonly Scoring[] },
) {
  // Per name, each entity's best score, and the occurrence that gave it.
  const totals = new Map<string, Map<number, number>>();
  const where = new Map<string, Map<number, number>>();
  occurrences.forEach((occ, i) => {
    const name = each ? String(i) : occ.match.key;
    let perKey = totals.get(name);
    let at = where.get(name);
    if (!perKey || !at) {
      totals.set(name, (perKey = new Map()));
      where.set(name, (at = new Map()));
    }
    for (const [entity, score] of scores[i] ?? [])
      if (score > (perKey.get(entity) ?? 0)) {
        perKey.set(entity, score);
        at.set(entity, i);
      }
  });
  const senses = new Map<string, { entity: number; second: number }>();
  for (const [key, perKey] of totals) {
    const top = bestReading(perKey);
    if (top === undefined) continue;
    // Two entries with one Wikipedia article (a country from two sources) are one thing, not rivals.
    const title = store.entities[top]?.wikipedia ?? null;
    const discount = perKey.size > 1 && isRegion(store, top);
    const found = where.get(key);
    let second = 0;
    // In any order: a rival scoring no more than the best rival so far cannot become it.
    perKey.forEach((score, entity) => {
      if (entity === top || score <= second) return;
      if (title !== null && store.entities[entity]?.wikipedia === title) return;
      const at = found?.get(entity);
      const occ = at === undefined ? undefined : occurrences[at];
      const scoring = at === undefined ? undefined : scorings[at];
      const posting = occ?.match.postings.find((p) => p.entity === entity);
      const tail =
        !discount || !occ || !posting || !scoring ? 1 : longTailFactor(store, occ, posting, scoring);
      second = Math.max(second, score * tail);
    });
    senses.set(key, { entity: top, second });
  }
  return senses;
}
