import { sendToBackground } from '@/extension/messaging';
import { MAX_BLOCKS_PER_REQUEST, MAX_CHARS_PER_REQUEST, isAnnotateResponse } from '@/engine/messages';
import type { AnnotateRequest, MentionData } from '@/engine/messages';
import { iterateBatches } from '@/page/batches';
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

// Requests smaller than the background accepts: copying a request's text into the message, and
// checking and highlighting its answer, each take one task here, which on a 5 MB page must stay
// well under 50 ms (issue 6). A news article still goes in one request.
const REQUEST_LIMITS = {
  maxBlocks: Math.min(250, MAX_BLOCKS_PER_REQUEST),
  maxChars: Math.min(50_000, MAX_CHARS_PER_REQUEST),
};

/** Sends blocks to the background in requests within its limits, in document order. */
export async function annotateBlocks(blocks: readonly TextBlock[], options: AnnotateOptions): Promise<void> {
  const batches = iterateBatches(
    blocks.map((block) => block.text),
    REQUEST_LIMITS,
  );
  for (;;) {
    const next = timed('batch', () => batches.next());
    if (next.done) return;
    const batch = next.value;
    const request: AnnotateRequest = { type: 'annotate', blocks: batch.texts, contextId: options.contextId };
    let answer: unknown;
    const asked = performance.now();
    try {
      // Sending copies the texts on this thread: Gloss's work, unlike the wait for the answer.
      answer = await timed('send', () => sendToBackground<unknown>(request));
      recordWait('annotate', asked);
    } catch (error) {
      console.warn('Gloss: the background did not annotate the page', error);
      return;
    }
    if (!options.isCurrent()) return;
    const received = answer;
    const mentions = timed('receive', () => (isAnnotateResponse(received) ? received.mentions : null));
    if (!mentions) {
      console.warn('Gloss: ignored an invalid annotate answer');
      continue;
    }
    await options.onMentions(blocks.slice(batch.start, batch.start + batch.texts.length), mentions);
  }
}
