import type { EntityType } from '../../engine/types';
import type { Synset } from './wordnet-data';

/** A class of synsets named by its first lemma and lexicographer file number (wndb(5WN) lexnames). */
type AnchorName = `${string}:${number}`;

// Where a hypernym walk may end. Places include what a map shows that WordNet files under
// `object` (rivers, islands, peninsulas) or `artifact` (the Kremlin, canals, streets, airports).
const TYPE_ANCHORS: Readonly<Record<AnchorName, EntityType>> = {
  'person:3': 'person',
  'location:3': 'place',
  'geological_formation:17': 'place',
  'land:17': 'place',
  'way:6': 'place',
  'body_of_water:17': 'place',
  'structure:6': 'place',
  'facility:6': 'place',
  'organization:14': 'organisation',
  'social_group:14': 'organisation',
  'institution:14': 'organisation',
  'event:3': 'event',
};
// When a synset reaches several anchors, the first type here wins (a country is a place even
// though WordNet also files the nation under social groups).
const TYPE_ORDER: readonly EntityType[] = ['person', 'place', 'organisation', 'event'];
// WordNet files Harvard or Dartmouth under the campus (an artifact, so a place); news means the
// institution, and the news core describes it as an organisation it must be able to merge with.
const INSTITUTION_ANCHORS: readonly AnchorName[] = ['university:6', 'college:6'];

/** Sovereign countries (the group sense and the location sense) and first-level divisions. */
const COUNTRY_ANCHORS: readonly AnchorName[] = ['state:14', 'country:15'];
const DIVISION_ANCHORS: readonly AnchorName[] = ['state:15'];

/** Hypernym walks over the noun synsets, with the answers the WordNet reader needs. */
export interface NounGraph {
  byOffset: ReadonlyMap<string, Synset>;
  typeOf(synset: Synset): EntityType;
  /** A university or college (see INSTITUTION_ANCHORS). */
  isInstitution(synset: Synset): boolean;
  isCountry(synset: Synset): boolean;
  isDivision(synset: Synset): boolean;
}

function anchorOffsets(synsets: readonly Synset[], names: readonly AnchorName[]): Map<string, AnchorName> {
  const wanted = new Set<string>(names);
  const found = new Map<string, AnchorName>();
  for (const s of synsets) {
    const name: AnchorName = `${s.lemmas[0] ?? ''}:${s.lexFile}`;
    if (wanted.has(name)) found.set(s.offset, name);
  }
  return found;
}

/** Builds the graph; ancestor sets are computed on demand and cached. */
export function buildNounGraph(synsets: readonly Synset[]): NounGraph {
  const byOffset = new Map(synsets.map((s) => [s.offset, s]));
  const anchors = anchorOffsets(synsets, [
    ...(Object.keys(TYPE_ANCHORS) as AnchorName[]),
    ...INSTITUTION_ANCHORS,
    ...COUNTRY_ANCHORS,
    ...DIVISION_ANCHORS,
  ]);
  const cache = new Map<string, Set<AnchorName>>();
  const reached = (synset: Synset): Set<AnchorName> => {
    const hit = cache.get(synset.offset);
    if (hit) return hit;
    const result = new Set<AnchorName>();
    cache.set(synset.offset, result); // guards against cycles
    const own = anchors.get(synset.offset);
    if (own) result.add(own);
    for (const p of synset.pointers) {
      if ((p.symbol !== '@' && p.symbol !== '@i') || p.pos !== 'n') continue;
      const parent = byOffset.get(p.target);
      if (parent) for (const a of reached(parent)) result.add(a);
    }
    return result;
  };
  const hypernymsReach = (synset: Synset, names: readonly AnchorName[]): boolean =>
    synset.pointers.some((p) => {
      const parent = p.symbol === '@i' || p.symbol === '@' ? byOffset.get(p.target) : undefined;
      return parent !== undefined && names.some((n) => reached(parent).has(n));
    });
  const isInstitution = (synset: Synset): boolean => INSTITUTION_ANCHORS.some((a) => reached(synset).has(a));
  return {
    byOffset,
    isInstitution,
    typeOf(synset) {
      if (isInstitution(synset)) return 'organisation';
      const types = new Set([...reached(synset)].map((a) => TYPE_ANCHORS[a]));
      return TYPE_ORDER.find((t) => types.has(t)) ?? 'other';
    },
    isCountry: (synset) => hypernymsReach(synset, COUNTRY_ANCHORS),
    isDivision: (synset) => hypernymsReach(synset, DIVISION_ANCHORS),
  };
}
