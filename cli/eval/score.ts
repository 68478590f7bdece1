import type { GoldDocument, Prediction } from './gold';
import type { GoldTarget, QidNames } from './links';
import { goldTarget, linkMatches, overlaps } from './links';

/** Sets whose every name is annotated, so a prediction on unannotated text is spurious. */
export const EXHAUSTIVE_SETS = new Set(['news-fair-v2', 'msnbc', 'kore50']);

export interface Counts {
  goldMentions: number;
  goldDetected: number;
  predictions: number;
  predictionsOnGold: number;
  goldLinked: number;
  goldLinkedFound: number;
  linkedJudged: number;
  linkedCorrect: number;
}

export type ErrorKind = 'wrong entity' | 'spurious' | 'missed, in store' | 'missed, not in store';

export interface ErrorExample {
  kind: ErrorKind;
  document: string;
  surface: string;
  predicted: string | null;
  expected: string | null;
}

export interface DocumentScore {
  counts: Counts;
  errors: ErrorExample[];
}

export function emptyCounts(): Counts {
  return {
    goldMentions: 0,
    goldDetected: 0,
    predictions: 0,
    predictionsOnGold: 0,
    goldLinked: 0,
    goldLinkedFound: 0,
    linkedJudged: 0,
    linkedCorrect: 0,
  };
}

export function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
}

function describeTarget(target: GoldTarget | null): string | null {
  if (!target) return null;
  return [...target.titles][0] ?? target.qid;
}

export interface ScoreInput {
  document: GoldDocument;
  predictions: Prediction[];
  qidNames: QidNames;
  /** Whether the store holds an entity for a gold target (to split missed mentions). */
  inStore: (target: GoldTarget) => boolean;
}

/** Scores one document's predictions with the eval README's rules (span overlap, no one-to-one pairing). */
export function scoreDocument({ document, predictions, qidNames, inStore }: ScoreInput): DocumentScore {
  const counts = emptyCounts();
  const errors: ErrorExample[] = [];
  const exhaustive = EXHAUSTIVE_SETS.has(document.source);
  const gold = document.mentions.map((mention) => ({ mention, target: goldTarget(mention, qidNames) }));
  counts.goldMentions = gold.length;
  counts.predictions = predictions.length;

  for (const { mention, target } of gold) {
    const overlapping = predictions.filter((p) => overlaps(p, mention));
    if (overlapping.length > 0) counts.goldDetected += 1;
    if (!target) continue;
    counts.goldLinked += 1;
    if (overlapping.some((p) => linkMatches(p, target))) counts.goldLinkedFound += 1;
    else if (overlapping.length === 0) {
      const kind = inStore(target) ? 'missed, in store' : 'missed, not in store';
      errors.push({
        kind,
        document: document.id,
        surface: mention.surface,
        predicted: null,
        expected: describeTarget(target),
      });
    }
  }

  for (const prediction of predictions) {
    const onGold = gold.filter((g) => overlaps(prediction, g.mention));
    if (onGold.length > 0) counts.predictionsOnGold += 1;
    if (prediction.title === null) continue;
    if (onGold.length === 0 && !exhaustive) continue;
    counts.linkedJudged += 1;
    if (onGold.some((g) => g.target !== null && linkMatches(prediction, g.target))) {
      counts.linkedCorrect += 1;
      continue;
    }
    errors.push({
      kind: onGold.length === 0 ? 'spurious' : 'wrong entity',
      document: document.id,
      surface: prediction.surface,
      predicted: prediction.title,
      expected: onGold.length === 0 ? null : (describeTarget(onGold[0]?.target ?? null) ?? '(no article)'),
    });
  }
  return { counts, errors };
}

export interface Figures {
  mdPrecision: number | null;
  mdRecall: number;
  elPrecision: number;
  elRecall: number;
  elF1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision, recall and F1 from summed counts; MD precision only where every name is annotated. */
export function figures(counts: Counts, exhaustive: boolean): Figures {
  const elPrecision = ratio(counts.linkedCorrect, counts.linkedJudged);
  const elRecall = ratio(counts.goldLinkedFound, counts.goldLinked);
  return {
    mdPrecision: exhaustive ? ratio(counts.predictionsOnGold, counts.predictions) : null,
    mdRecall: ratio(counts.goldDetected, counts.goldMentions),
    elPrecision,
    elRecall,
    elF1: elPrecision + elRecall === 0 ? 0 : (2 * elPrecision * elRecall) / (elPrecision + elRecall),
  };
}
