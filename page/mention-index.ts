import { normalizeKey } from '../engine/normalize';
import type { EntityType } from '../engine/types';

/** A mention on the page: a live Range and what it links to. */
export interface PageMention {
  range: Range;
  entityId: string;
  type: EntityType;
  score: number;
  /** The text as read when the mention was found; a change means the page rewrote it. */
  surface: string;
  /** `normalizeKey(surface)`, computed when first needed (hidden names, remembered choices). */
  key?: string;
}

/** What decides whether a mention is shown: the reader's entity types and confidence threshold. */
export interface MentionFilter {
  types: Readonly<Record<EntityType, boolean>>;
  threshold: number;
  /** Names the reader hid (normalizeKey): neither highlighted nor carded. */
  hidden?: ReadonlySet<string>;
  /** Entities whose name the reader hid: none of their mentions is shown, however the page writes it. */
  hiddenIds?: ReadonlySet<string>;
}

export function isShown(mention: PageMention, filter: MentionFilter): boolean {
  if (!filter.types[mention.type] || mention.score < filter.threshold) return false;
  if (filter.hiddenIds?.has(mention.entityId)) return false;
  if (!filter.hidden || filter.hidden.size === 0) return true;
  mention.key ??= normalizeKey(mention.surface);
  return !filter.hidden.has(mention.key);
}

/** Every Text node a range touches, so a caret position in any of them finds the mention. */
export function textNodesInRange(range: Range): Text[] {
  const start = range.startContainer;
  if (start === range.endContainer) return start.nodeType === 3 ? [start as Text] : [];
  const nodes: Text[] = [];
  const doc = start.ownerDocument ?? (start as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

/** Mentions indexed by the Text nodes they cover, for hit-testing a caret position. */
export class MentionIndex {
  private byNode = new Map<Text, PageMention[]>();
  // The nodes each mention was indexed under, so removing one costs only its own nodes.
  private nodesOf = new Map<PageMention, Text[]>();

  get size(): number {
    return this.nodesOf.size;
  }

  mentions(): IterableIterator<PageMention> {
    return this.nodesOf.keys();
  }

  add(mention: PageMention): void {
    const nodes = textNodesInRange(mention.range);
    this.nodesOf.set(mention, nodes);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
  }

  remove(mention: PageMention): void {
    const nodes = this.nodesOf.get(mention);
    if (!nodes) return;
    this.nodesOf.delete(mention);
    for (const node of nodes) {
      const kept = (this.byNode.get(node) ?? []).filter((other) => other !== mention);
      if (kept.length === 0) this.byNode.delete(node);
      else this.byNode.set(node, kept);
    }
  }

  clear(): void {
    this.byNode.clear();
    this.nodesOf.clear();
  }

  /** Whether any mention covers this node (so a block read again is not annotated twice). */
  covers(node: Text): boolean {
    return this.byNode.has(node);
  }

  /** The mentions containing the caret position (node, offset), among those `accept` lets through. */
  at(node: Node, offset: number, accept: (mention: PageMention) => boolean = () => true): PageMention[] {
    const list = node.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    if (!list) return [];
    return list.filter((mention) => accept(mention) && mention.range.isPointInRange(node, offset));
  }
}
