/**
 * Scores one candidate entity for one occurrence: prior, alias strength, support from the document
 * (the full name, a fitting title, related places), cue words, and the penalties of sentence-initial
 * capitals, ALL CAPS and capitalised neighbours.
 */
import type { DocumentContext, Occurrence } from './context';
import { trustedCapitals } from './context';
import { relationsOf } from './relations';
import type { KnowledgeStore, Posting } from './store';
import type { StoreEntity } from './types';

// How much a related place or body named in the document says for an entity, by the fact relating them.
const RELATION_WEIGHT: Readonly<Record<string, number>> = {
  capital: 0.3,
  headquarters: 0.3,
  office: 0.35,
  division: 0.2,
  country: 0.2,
  region: 0.05,
};

/** Support from related entities in the document: forward (Georgia's capital Tbilisi) and siblings (two cities of one country). */
function relationSupport(store: KnowledgeStore, entity: number, ownKey: string, context: DocumentContext) {
  let support = 0;
  let siblings = 0;
  let office = false;
  for (const relation of relationsOf(store, entity)) {
    if (relation.key !== ownKey && context.keys.has(relation.key)) {
      support += RELATION_WEIGHT[relation.fact] ?? 0;
      office ||= relation.fact === 'office';
    } else if (
      relation.fact !== 'office' &&
      [...(context.anchors.get(relation.key) ?? [])].some((k) => k !== ownKey)
    )
      siblings += 0.1;
  }
  return { score: Math.min(support + Math.min(siblings, 0.2), 0.45), office };
}

function titleFits(store: KnowledgeStore, entity: number, title: string): boolean {
  const e = store.entities[entity];
  if (!e) return false;
  const office = e.facts.filter((f) => f.key === 'office').map((f) => String(f.value));
  return [e.description, ...office].some((text) => text.toLowerCase().includes(title));
}

/** The document's evidence, and the parts switched off for ablation. */
export interface Scoring {
  context: DocumentContext;
  off: ReadonlySet<string>;
}

/** What the document says for one candidate of one occurrence. */
function evidence(store: KnowledgeStore, occ: Occurrence, posting: Posting, { context, off }: Scoring) {
  const entity = store.entities[posting.entity];
  const single = occ.match.first === occ.match.last;
  const weak =
    !off.has('weak') && entity !== undefined && (posting.weak || riskyShortForm(occ, entity, single));
  // The store flags common words among aliases; the document itself shows others ("reading ... Reading").
  const common = posting.common || occ.match.loose || (single && context.lowerWords.has(occ.match.key));
  const surname = !off.has('context') && context.surnames.get(occ.match.key) === entity?.id;
  // Support: the entity named by another name in the document; repeating this one proves nothing.
  const otherNames = [...(context.strong.get(entity?.id ?? '') ?? [])].some((key) => key !== occ.match.key);
  const named = surname || (!off.has('context') && otherNames);
  const title = occ.cues.title;
  const strongTitle = !off.has('cues') && title !== null && titleFits(store, posting.entity, title);
  const related = off.has('relations')
    ? { score: 0, office: false }
    : relationSupport(store, posting.entity, occ.match.key, context);
  return { entity, single, weak, common, surname, named, strongTitle, related };
}

/** How well one candidate fits one occurrence, before comparing it with its rivals. */
export function rawScore(store: KnowledgeStore, occ: Occurrence, posting: Posting, scoring: Scoring): number {
  const { context, off } = scoring;
  const { entity, single, weak, common, surname, named, strongTitle, related } = evidence(
    store,
    occ,
    posting,
    scoring,
  );
  if (!entity) return 0;
  let score = (weak ? 0.1 : 0.45) + 0.45 * entity.prior + (posting.isName ? 0.1 : 0) + related.score;
  if (named) score += weak ? 0.4 : 0.15;
  // News names a person in full once, then by surname: that surname means them, not a namesake place.
  if (surname) score += 0.35;
  if (strongTitle) score += 0.35;
  if (!off.has('senses') && context.senses.get(occ.match.key) === entity.id) score += 0.2;
  if (!off.has('cues') && occ.cues.type) score += occ.cues.type === entity.type ? 0.1 : -0.3;
  // A surname alone is supported by the full name, a fitting title, or (unless also a common word) the office's country.
  const supported = named || strongTitle || (related.office && !common);
  if (weak && !supported) score *= 0.6;
  if (!off.has('sentence') && !named && !strongTitle) {
    if (common && !trustedCapitals(occ) && !context.trustedKeys.has(occ.match.key)) score *= 0.3;
    if (occ.match.shouted && single) score *= 0.5;
    // Names from the long tail that start a sentence are as often ordinary words the store does not flag.
    if (single && occ.match.sentenceStart && entity.prior < 0.5 && !context.trustedKeys.has(occ.match.key))
      score *= 0.5;
  }
  return off.has('neighbours') ? score : score * neighbourFactor(occ, entity.type === 'person', named);
}

/**
 * Short forms that need support like a weak alias even when the store does not say so: two-letter
 * codes of lesser entities ("OK", "AS", "NV") and one-word names of long-tail people ("Adam", "John").
 */
function riskyShortForm(occ: Occurrence, entity: StoreEntity, single: boolean): boolean {
  if (!single) return false;
  const key = occ.match.key.replace(/\./g, '');
  if (key.length <= 2) return entity.prior < 0.7;
  // A clipped name ("Calif", "Miss" for Mississippi) or a long-tail entry's one word ("John", "Jones").
  const name = entity.name.toLowerCase();
  if (name !== key && name.startsWith(key) && !name.includes(' ')) return true;
  return entity.prior < 0.3 || (entity.type === 'person' && entity.prior < 0.6);
}

/** A capitalised word joined to the match suggests a longer name the store lacks ("Mao Ning"). */
function neighbourFactor(occ: Occurrence, person: boolean, named: boolean): number {
  const { capBefore, capAfter } = occ.cues;
  if (!capBefore && !capAfter) return 1;
  // A different first name before a known surname is a different person ("Terry Saban" after "Nick Saban").
  if (person) return named && !capBefore ? 0.8 : 0.3;
  if (named) return 0.8;
  return capAfter ? 0.4 : 0.5;
}
