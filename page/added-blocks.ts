import { isInsideSkipped } from './skip-rules';
import { isBlockElement, iterateTextBlocks } from './text-blocks';
import type { CollectOptions, TextBlock } from './text-blocks';

/**
 * The subtree to read again for a node added to the page: its nearest block so a sentence is read
 * whole, but never the whole body for a word added to it.
 */
function readRoot(node: Node): Node {
  if (node.nodeType === 1 && isBlockElement(node as Element)) return node;
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (!isBlockElement(element)) continue;
    const tag = element.tagName.toUpperCase();
    return tag === 'BODY' || tag === 'HTML' ? node : element;
  }
  return node;
}

/** The distinct subtrees to read for a batch of added nodes, none inside another, in document order. */
export function rootsForAddedNodes(nodes: readonly Node[], options: CollectOptions = {}): Node[] {
  const candidates = new Set<Node>();
  for (const node of nodes) {
    if (!node.isConnected || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
    if (isInsideSkipped(node, options.hostTagName)) continue;
    candidates.add(readRoot(node));
  }
  const roots = [...candidates].filter(
    (root) => ![...candidates].some((other) => other !== root && other.contains(root)),
  );
  // DOCUMENT_POSITION_FOLLOWING (4): `b` comes after `a`.
  return roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Text blocks of nodes added after the first scan (for a MutationObserver), lazily like `iterateTextBlocks`. */
export function* iterateTextBlocksIn(
  nodes: readonly Node[],
  options: CollectOptions = {},
): Generator<TextBlock> {
  for (const root of rootsForAddedNodes(nodes, options)) yield* iterateTextBlocks(root, options);
}

export function collectTextBlocksIn(nodes: readonly Node[], options: CollectOptions = {}): TextBlock[] {
  return Array.from(iterateTextBlocksIn(nodes, options));
}
