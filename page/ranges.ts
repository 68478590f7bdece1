import type { TextBlock, TextSegment } from './text-blocks';

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM point for a block offset. A start takes the segment that begins at the offset, an end the
 * one that finishes there, so a mention never starts or ends in a neighbouring node.
 */
export function blockOffsetToPoint(block: TextBlock, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const segment = findSegment(block.segments, offset, edge);
  if (!segment) return null;
  const within = Math.min(offset - segment.start, segment.nodeEnd - segment.nodeStart);
  return { node: segment.node, offset: segment.nodeStart + within };
}

function findSegment(
  segments: readonly TextSegment[],
  offset: number,
  edge: 'start' | 'end',
): TextSegment | null {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid] as TextSegment;
    const before = edge === 'start' ? offset < segment.start : offset <= segment.start;
    const after = edge === 'start' ? offset >= segment.end : offset > segment.end;
    if (before) high = mid - 1;
    else if (after) low = mid + 1;
    else return segment;
  }
  return null;
}

/** A live DOM Range over block text [start, end), or null when the offsets are outside the block. */
export function blockRange(block: TextBlock, start: number, end: number): Range | null {
  if (start < 0 || end <= start || end > block.text.length) return null;
  const from = blockOffsetToPoint(block, start, 'start');
  const to = blockOffsetToPoint(block, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    // The page changed the text since it was read: the offsets no longer fit.
    return null;
  }
  return range.collapsed ? null : range;
}
