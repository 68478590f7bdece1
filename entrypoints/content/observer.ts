import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { timed } from '@/page/work-marks';
import type { ContextTimers } from './timers';

const BATCH_MS = 300;

/**
 * Watches the page for added and removed nodes and reports them in batches at most every 300 ms,
 * so pages that mutate constantly cost one pass per batch (UX.md complaint 14). Returns stop().
 */
export function observeChanges(
  ctx: ContentScriptContext,
  timers: ContextTimers,
  target: Node,
  onBatch: (added: Node[], removed: boolean) => void,
): () => void {
  let added: Node[] = [];
  let removed = false;
  let timer: number | null = null;
  const flush = () => {
    timer = null;
    const batch = added;
    const hadRemovals = removed;
    added = [];
    removed = false;
    timed('changes', () => onBatch(batch, hadRemovals));
  };
  const observer = new MutationObserver((records) =>
    timed('observe', () => {
      for (const record of records) {
        record.addedNodes.forEach((node) => added.push(node));
        if (record.removedNodes.length > 0) removed = true;
      }
      if (timer === null && (added.length > 0 || removed)) timer = timers.setTimeout(flush, BATCH_MS);
    }),
  );
  observer.observe(target, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    added = [];
  };
  ctx.onInvalidated(stop);
  return stop;
}
