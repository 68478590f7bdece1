import type { DraftEntity } from './draft';
import type { EntityType } from '../engine/types';
import type { CoreDraft } from './sources/news-core';
import { nameKey as normalizeKey } from './keys';
import { addAliases } from './draft';
import { mergeHints } from './prior';
import { GEONAMES_SOURCE } from './sources/geonames-context';
import { WORDNET_SOURCE } from './sources/wordnet';

// Sources whose Wikipedia titles are derived by rule, not checked one by one.
const GUESSED = new Set([WORDNET_SOURCE, GEONAMES_SOURCE]);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Can two entries of these types be one thing? Only of the same type, or an organisation that
 * another source files as "other" (WordNet puts some bodies and brands there): a carmaker is
 * never the city it is named after (Toyota), nor a company its founder (John Deere).
 */
export function sameKind(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  return pair.has('organisation') && pair.has('other');
}

const KINDS: readonly EntityType[] = ['person', 'place', 'organisation', 'event', 'other'];

/** Looks up the entry a news-core entry describes, among the npm sources' entries. */
class Targets {
  private readonly byTitle = new Map<string, DraftEntity[]>();
  private readonly byName = new Map<string, DraftEntity[]>();
  /** Untitled WordNet entries by type and strong alias: WordNet's "Congress" is also "United States Congress". */
  private readonly untitledByAlias = new Map<string, DraftEntity[]>();
  /** WordNet entries by strong alias, to find a synset that lumps in another article's title. */
  private readonly wordnetByAlias = new Map<string, DraftEntity[]>();

  constructor(entities: readonly DraftEntity[]) {
    for (const e of entities) {
      if (e.wikipedia) push(this.byTitle, normalizeKey(e.wikipedia), e);
      push(this.byName, `${e.type}|${normalizeKey(e.name)}`, e);
      if (e.source !== WORDNET_SOURCE) continue;
      for (const alias of e.aliases) if (!alias.weak) push(this.wordnetByAlias, normalizeKey(alias.text), e);
      if (e.wikipedia) continue;
      for (const alias of e.aliases)
        if (!alias.weak) push(this.untitledByAlias, `${e.type}|${normalizeKey(alias.text)}`, e);
    }
  }

  /**
   * The entry with the same English Wikipedia title; failing that, the one entry of the same type
   * whose own name is the core entry's title, name or a strong alias (WordNet's "North Atlantic
   * Treaty Organization" is a strong alias of core "NATO"). Matching the other side's aliases too
   * would pair China's People's Liberation Army with the INLA, which WordNet also calls so; and a
   * disambiguated title ("Liberal Party (Brazil, 2006)") says the plain name is shared, so only
   * the exact title merges it. Two candidates mean no merge.
   */
  find(core: CoreDraft): DraftEntity | undefined {
    if (!core.wikipedia) return undefined;
    const titled = this.titled(core).filter((e) => sameKind(e.type, core.type));
    if (titled.length > 0) return titled.length === 1 ? titled[0] : undefined;
    if (core.wikipedia.includes('(')) return undefined;
    const names = [core.wikipedia, core.name, ...core.aliases.filter((a) => !a.weak).map((a) => a.text)];
    const types = KINDS.filter((t) => sameKind(t, core.type));
    const found = new Set(
      names.flatMap((n) => types.flatMap((t) => this.byName.get(`${t}|${normalizeKey(n)}`) ?? [])),
    );
    if (found.size > 0) return found.size === 1 ? [...found][0] : undefined;
    // Last, an untitled WordNet entry of the same type that has the core entry's exact title as
    // one of its names: the title names one thing, and the entry had no title to contradict it.
    const aliased = this.untitledByAlias.get(`${core.type}|${normalizeKey(core.wikipedia)}`) ?? [];
    return aliased.length === 1 ? aliased[0] : undefined;
  }

  /**
   * Titled WordNet entries that list a core entry's exact title among their other names: the synset
   * lumps two articles together (WordNet's Scientology is also "Church of Scientology").
   */
  lumped(core: CoreDraft): DraftEntity[] {
    if (!core.wikipedia) return [];
    const key = normalizeKey(core.wikipedia);
    return (this.wordnetByAlias.get(key) ?? []).filter(
      (e) => e.wikipedia !== null && normalizeKey(e.wikipedia) !== key && normalizeKey(e.name) !== key,
    );
  }

  /**
   * A WordNet party or body titled with the plain name that the core entry's checked title
   * qualifies ("Democratic Party" beside "Democratic Party (United States)"): by Wikipedia's
   * naming, the plain title is then the page listing every body of that name, not this one.
   */
  sharedTitles(core: CoreDraft): DraftEntity[] {
    const open = core.wikipedia?.indexOf(' (') ?? -1;
    if (!core.wikipedia || open < 0 || core.type !== 'organisation') return [];
    const plain = normalizeKey(core.wikipedia.slice(0, open));
    return (this.byTitle.get(plain) ?? []).filter(
      (e) => e.source === WORDNET_SOURCE && sameKind(e.type, core.type),
    );
  }

  /** Entries of another kind under the core entry's title: their title was a guess, and wrong. */
  clashes(core: CoreDraft): DraftEntity[] {
    return this.titled(core).filter((e) => !sameKind(e.type, core.type) && GUESSED.has(e.source));
  }

  private titled(core: CoreDraft): DraftEntity[] {
    return core.wikipedia ? (this.byTitle.get(normalizeKey(core.wikipedia)) ?? []) : [];
  }
}

/**
 * The core entry's words and facts replace the target's; ids, codes and other names stay. The core
 * entry's id becomes a former id of the target: a reader's saved choice may name it (it stood alone
 * in a build where nothing matched it), and the store finds the target by it.
 */
function absorb(target: DraftEntity, core: CoreDraft): void {
  target.formerIds = [...(target.formerIds ?? []), core.id];
  const formerName = target.name;
  target.name = core.name;
  target.type = core.type;
  target.aliases = target.aliases.filter((a) => normalizeKey(a.text) !== normalizeKey(core.name));
  addAliases(target, [...core.aliases, { text: formerName }]);
  const coreKeys = new Set(core.facts.map((f) => f.key));
  target.facts = [...core.facts, ...target.facts.filter((f) => !coreKeys.has(f.key))];
  target.description = core.description;
  target.wikipedia = core.wikipedia ?? target.wikipedia;
  target.source = core.source;
  target.hints = mergeHints(target.hints, core.hints);
}

/** Merges news-core entries into the entries they describe; returns those that stand alone. */
export function mergeNewsCore(entities: readonly DraftEntity[], core: readonly CoreDraft[]): CoreDraft[] {
  const targets = new Targets(entities);
  const merged = new Set<DraftEntity>();
  const alone: CoreDraft[] = [];
  for (const entry of core) {
    // The news core's titles are checked by hand; a source's guess yields to them (WordNet's
    // Toyota city is not the article "Toyota", the carmaker's).
    for (const clash of targets.clashes(entry)) clash.wikipedia = null;
    for (const shared of targets.sharedTitles(entry)) shared.wikipedia = null;
    const target = targets.find(entry);
    // A second core entry for the same target is kept apart rather than overwrite the first.
    if (target && !merged.has(target)) {
      absorb(target, entry);
      merged.add(target);
    } else {
      alone.push(entry);
      // The core entry's article is its own: a synset's other title loses that name to it.
      const key = normalizeKey(entry.wikipedia ?? '');
      for (const lump of targets.lumped(entry)) {
        lump.aliases = lump.aliases.filter((a) => a.weak || normalizeKey(a.text) !== key);
      }
    }
  }
  return alone;
}
