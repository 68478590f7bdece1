import type { EntityRecord, KnowledgeStore } from '../../engine/store';
import type { StoreEntity } from '../../engine/types';
import { annotateBlocks } from '../../engine/annotate';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import type { Prediction } from './gold';
import { normaliseTitle } from './links';
import { openStoreFile } from '../store-open';
import { splitParagraphs } from '../text-documents';

/** Gloss as a system under evaluation: the extension's own engine and store, run on plain text. */
export interface GlossSystem {
  predict(text: string): Prediction[];
  /** The full entity (its description included) of the first title the store has. */
  entityForTitles(titles: Set<string>): StoreEntity | undefined;
  hasAnyTitle(titles: Set<string>): boolean;
}

export interface GlossOptions {
  storePath: string;
  threshold: number | null;
  ablate: string[];
}

function titleIndex(store: KnowledgeStore): Map<string, EntityRecord> {
  const index = new Map<string, EntityRecord>();
  for (const entity of store.entities) {
    // Scored like the peers: by the English Wikipedia title, by the name when there is none.
    const title = normaliseTitle(entity.wikipedia ?? entity.name);
    const seen = index.get(title);
    if (!seen || entity.prior > seen.prior) index.set(title, entity);
  }
  return index;
}

/** Loads the compiled store and returns Gloss's predictions at the reader's default threshold. */
export function openGloss({ storePath, threshold, ablate }: GlossOptions): GlossSystem {
  const store = openStoreFile(storePath);
  const titles = titleIndex(store);
  const minimum = threshold ?? DEFAULT_SETTINGS.threshold;
  return {
    predict(text) {
      const paragraphs = splitParagraphs(text);
      const mentions = annotateBlocks(
        store,
        paragraphs.map((p) => p.text),
        { ablate },
      );
      return mentions
        .filter((m) => m.score >= minimum)
        .map((m) => {
          const entity = store.byId(m.entityId);
          const offset = paragraphs[m.block]?.offset ?? 0;
          return {
            start: m.start + offset,
            end: m.end + offset,
            surface: text.slice(m.start + offset, m.end + offset),
            title: entity ? (entity.wikipedia ?? entity.name) : null,
            entityId: m.entityId,
          };
        });
    },
    entityForTitles(wanted) {
      for (const title of wanted) {
        const entity = titles.get(title);
        if (entity) return store.byId(entity.id);
      }
      return undefined;
    },
    hasAnyTitle(wanted) {
      return [...wanted].some((title) => titles.has(title));
    },
  };
}
