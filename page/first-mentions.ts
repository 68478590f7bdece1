import type { PageEntity } from '../engine/messages';
import type { PageMention } from './mention-index';

/**
 * The page's entities in the order they first appear, each with its first mention and a count,
 * among the mentions `accept` lets through (the panel's list; the popup's "scroll to it").
 */
export function firstMentions(
  mentions: Iterable<PageMention>,
  accept: (mention: PageMention) => boolean,
): { entity: PageEntity; first: PageMention }[] {
  const byId = new Map<string, { entity: PageEntity; first: PageMention }>();
  for (const mention of mentions) {
    if (!accept(mention)) continue;
    const found = byId.get(mention.entityId);
    if (found) found.entity.count++;
    else
      byId.set(mention.entityId, {
        entity: { id: mention.entityId, name: mention.surface, type: mention.type, count: 1 },
        first: mention,
      });
  }
  const entries = [...byId.values()];
  // Mentions are indexed as batches arrive; sort by position so later additions land in place.
  return entries.sort((a, b) => a.first.range.compareBoundaryPoints(0 /* START_TO_START */, b.first.range));
}

/** The mention a selection sits in (the reader selected a name), or null. */
export function mentionInSelection(
  selection: Selection | null,
  at: (node: Node, offset: number) => PageMention[],
): PageMention | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const points: [Node, number][] = [
    [range.startContainer, range.startOffset],
    [range.endContainer, Math.max(range.endOffset - 1, 0)],
  ];
  for (const [node, offset] of points) {
    const found = at(node, offset)[0];
    if (found) return found;
  }
  return null;
}
