import { annotateBlocks } from '../../engine/annotate';
import type { AnnotateOptions } from '../../engine/annotate';
import { loadStore } from '../../engine/store';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { miniStore } from '../fixtures/mini-store';

export const store = loadStore(miniStore());

/** Mentions shown at the default threshold, as "surface=entity id" in text order. */
export function shown(blocks: string | string[], options: AnnotateOptions = {}): string[] {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  return annotateBlocks(store, list, options)
    .filter((m) => m.score >= DEFAULT_SETTINGS.threshold)
    .map((m) => `${list[m.block]?.slice(m.start, m.end)}=${m.entityId}`);
}
