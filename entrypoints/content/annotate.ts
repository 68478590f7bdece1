import { sendToBackground } from '@/extension/messaging';
import { isAnnotateResponse } from '@/engine/messages';
import type { AnnotateRequest, MentionData } from '@/engine/messages';
import { batchBlocks } from '@/page/batches';
import type { TextBlock } from '@/page/text-blocks';
import { recordWait, timed } from '@/page/work-marks';

export interface AnnotateOptions {
  /** Per page: the background keeps earlier blocks' context (full names) under it. */
  contextId: string;
  /** False once the work is stale (settings switched off, page re-read, context invalidated). */
  isCurrent: () => boolean;
  /** Mentions of one request; `mention.block` indexes into `blocks`. */
  onMentions: (blocks: readonly TextBlock[], mentions: readonly MentionData[]) => Promise<void>;
}

/** Sends blocks to the background in requests within its limits, in document order. */
export async function annotateBlocks(blocks: readonly TextBlock[], options: AnnotateOptions): Promise<void> {
  const batches = timed('batch', () => batchBlocks(blocks.map((block) => block.text)));
  for (const batch of batches) {
    const request: AnnotateRequest = { type: 'annotate', blocks: batch.texts, contextId: options.contextId };
    let answer: unknown;
    const asked = performance.now();
    try {
      answer = await sendToBackground<unknown>(request);
      recordWait('annotate', asked);
    } catch (error) {
      console.warn('Gloss: the background did not annotate the page', error);
      return;
    }
    if (!options.isCurrent()) return;
    if (!isAnnotateResponse(answer)) {
      console.warn('Gloss: ignored an invalid annotate answer');
      continue;
    }
    await options.onMentions(blocks.slice(batch.start, batch.start + batch.texts.length), answer.mentions);
  }
}
