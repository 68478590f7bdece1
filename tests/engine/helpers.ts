import { annotateBlocks } from '../../engine/annotate';
import type { AnnotateOptions } from '../../engine/annotate';
import { loadStore } from '../../engine/store';
import type { KnowledgeStore } from '../../engine/store';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { miniStore } from '../fixtures/mini-store';

export const store = loadStore(miniStore());

/** Mentions a store shows at the default threshold, as "surface=entity id" in text order. */
export function shownIn(
  knowledge: KnowledgeStore,
  blocks: string | string[],
  options: AnnotateOptions = {},
): string[] {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  return annotateBlocks(knowledge, list, options)
    .filter((m) => m.score >= DEFAULT_SETTINGS.threshold)
    .map((m) => `${list[m.block]?.slice(m.start, m.end)}=${m.entityId}`);
}

/** Mentions the mini store shows at the default threshold, as "surface=entity id" in text order. */
export function shown(blocks: string | string[], options: AnnotateOptions = {}): string[] {
  return shownIn(store, blocks, options);
}
