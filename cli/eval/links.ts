import type { GoldMention, Prediction } from './gold';

/** Names of the Wikidata items used as gold links (`qid-names.json` of the eval data). */
export type QidNames = Record<string, string[]>;

/** A Wikipedia title as the field compares them: percent-decoded, `_` as space, first letter upper-cased. */
export function normaliseTitle(title: string): string {
  let decoded = title;
  try {
    decoded = decodeURIComponent(title);
  } catch {
    // A stray "%" is part of the title itself.
  }
  const spaced = decoded.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** What a gold link accepts: its QID where known and the English titles that name it. */
export interface GoldTarget {
  qid: string | null;
  titles: Set<string>;
}

/** The target of a gold mention's link, or null for a mention without one. */
export function goldTarget(mention: GoldMention, qidNames: QidNames): GoldTarget | null {
  const link = mention.link;
  if (!link) return null;
  const colon = link.indexOf(':');
  const scheme = link.slice(0, colon);
  const value = link.slice(colon + 1);
  if (scheme === 'wikidata') {
    return { qid: value, titles: new Set((qidNames[value] ?? []).map(normaliseTitle)) };
  }
  // A title link that also gives its QID matches that QID's names too: an article renamed since the
  // gold set was made ("Madonna (entertainer)", now "Madonna") is the same entity
  // (the eval's README: a link matches "using dev/qid-names.json for the names of a QID").
  const qid = mention.wikidata ?? null;
  const titles = new Set<string>([
    ...(scheme === 'enwiki' ? [normaliseTitle(value)] : []),
    ...(qid === null ? [] : (qidNames[qid] ?? []).map(normaliseTitle)),
  ]);
  return { qid, titles };
}

/** The field's rule: equal QIDs where both sides have one, else equal normalised titles. */
export function linkMatches(prediction: Prediction, target: GoldTarget): boolean {
  if (prediction.wikidata && target.qid) return prediction.wikidata === target.qid;
  return prediction.title !== null && target.titles.has(normaliseTitle(prediction.title));
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
