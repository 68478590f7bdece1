import type { KnowledgeStore } from '@/engine/store';
import { extendStore } from '@/engine/store-extend';
import type { StoredPack } from '@/engine/store-packs';
import { mergePacks } from '@/engine/store-packs';
import { STORE_FORMAT } from '@/engine/types';
import { loadPacks, watchPacks } from './packs-storage';
import { createStoreLoader, fetchPackagedStore } from './store-loader';

export interface PackedStoreDeps {
  /** Opens the packaged store (its index; details follow on the first card). */
  loadBase: () => Promise<KnowledgeStore>;
  loadPacks: () => Promise<StoredPack[]>;
  watchPacks: (callback: (packs: StoredPack[]) => void) => () => void;
}

const DEFAULT_DEPS: PackedStoreDeps = { loadBase: fetchPackagedStore, loadPacks, watchPacks };

/** The packaged store with the packs' entities added after its own; the packaged store alone when a pack breaks. */
function withPacks(base: KnowledgeStore, packs: readonly StoredPack[]): KnowledgeStore {
  if (packs.length === 0) return base;
  try {
    // Only the packs are compiled; the packaged index is reused as it is (engine/store-extend.ts).
    const extra = mergePacks({ format: STORE_FORMAT, asOf: base.asOf, sources: [], entities: [] }, packs);
    return extendStore(base, extra);
  } catch (error) {
    console.error('Gloss: the knowledge packs could not be added; using the packaged store alone.', error);
    return base;
  }
}

/**
 * The store the background annotates with: the packaged store plus the reader's knowledge packs.
 * The packaged store is opened once; when the packs change only they are compiled again, and
 * requests from then on wait for (a fraction of a second) the new store.
 */
export function createPackedStoreLoader(
  deps: PackedStoreDeps = DEFAULT_DEPS,
): () => Promise<KnowledgeStore | null> {
  let base: Promise<KnowledgeStore> | undefined;
  const packaged = () => (base ??= deps.loadBase());
  // The packs are read from storage while the packaged store is fetched, not after it.
  const build = async (packs: StoredPack[] | null) => {
    const [store, list] = await Promise.all([packaged(), packs ?? deps.loadPacks()]);
    return withPacks(store, list);
  };
  let loader = createStoreLoader(() => build(null));
  deps.watchPacks((packs) => {
    loader = createStoreLoader(() => build(packs));
    void loader();
  });
  return () => loader();
}
