import { MAX_BLOCKS_PER_REQUEST, MAX_CHARS_PER_REQUEST } from '../engine/messages';

/** One annotate request's worth of blocks: `texts[i]` is block `start + i` of the caller's list. */
export interface BlockBatch {
  start: number;
  texts: string[];
}

export interface BatchLimits {
  maxBlocks: number;
  maxChars: number;
}

const DEFAULT_LIMITS: BatchLimits = { maxBlocks: MAX_BLOCKS_PER_REQUEST, maxChars: MAX_CHARS_PER_REQUEST };

/**
 * Splits block texts into requests within the background's limits, keeping document order so
 * context flows from earlier requests to later ones. A block longer than a whole request is cut:
 * offsets into its beginning stay valid. Lazy: each request's batch is made when it is sent, so a
 * huge page never spends one long task batching all of its blocks.
 */
export function* iterateBatches(
  texts: readonly string[],
  limits: BatchLimits = DEFAULT_LIMITS,
): Generator<BlockBatch> {
  let current: BlockBatch = { start: 0, texts: [] };
  let chars = 0;
  for (let index = 0; index < texts.length; index++) {
    const full = texts[index] as string;
    const text = full.length > limits.maxChars ? full.slice(0, limits.maxChars) : full;
    if (current.texts.length >= limits.maxBlocks || chars + text.length > limits.maxChars) {
      if (current.texts.length > 0) yield current;
      current = { start: index, texts: [] };
      chars = 0;
    }
    current.texts.push(text);
    chars += text.length;
  }
  if (current.texts.length > 0) yield current;
}

/** All of `iterateBatches` at once. */
export function batchBlocks(texts: readonly string[], limits: BatchLimits = DEFAULT_LIMITS): BlockBatch[] {
  return [...iterateBatches(texts, limits)];
}
