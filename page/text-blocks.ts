import { shareLinksIn } from './share-links';
import { isSkippedByAttributes, isSkippedTag, isVisibleElement, upperTag, upperTagName } from './skip-rules';

/**
 * Maps block offsets [start, end) to the Text node's data [nodeStart, nodeEnd). Lengths differ only
 * where whitespace was collapsed (one space for a run) or a separator was added (nodeEnd = nodeStart).
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeStart: number;
  nodeEnd: number;
}

/** The readable text of one block-level element's inline content, with its map back to the DOM. */
export interface TextBlock {
  text: string;
  /** Sorted by `start`; together they cover the whole text. */
  segments: TextSegment[];
}

export interface CollectOptions {
  /** Skip elements with this tag name (upper case), e.g. Gloss's own host element. */
  hostTagName?: string;
  /**
   * Where the browser has no `checkVisibility` (jsdom), read the full computed style to find hidden
   * elements rather than only inline styles: exact, but slow on large documents.
   */
  computedStyle?: boolean;
}

// Elements that start a new block: text on either side of them never joins into one sentence.
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P SECTION SUMMARY TABLE ' +
    'TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/**
 * The whitespace runs CSS renders differently from the source: any run holding a tab, line break or
 * form feed, two or more spaces, and a single space at either end of the node's text (it may join a
 * space in the neighbouring node). A single space between two words renders as written, so a line of
 * prose is one match-free stretch: the regular expression scans it natively, which on a cold
 * script (its first run on a page is interpreted) is several times faster than a loop over characters.
 * U+00A0 and other spaces are kept as written.
 */
const RENDERED_DIFFERENTLY = / ?[\t\n\r\f][ \t\n\r\f]*| {2,}[ \t\n\r\f]*|^ | $/g;

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(upperTagName(element));
}

/** Accumulates one block; runs of ASCII whitespace collapse to one space, as CSS renders them. */
class BlockBuilder {
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  private length = 0;
  private pendingSpace = false;
  // Whether the last segment shows its source exactly, so the next exact run of the same node can extend it.
  private lastExact = false;
  // Separator to insert before the next text: ' ' after a skipped inline element, '\n' for <br>.
  private separator = '';

  addText(node: Text): void {
    const data = node.data;
    let from = 0;
    RENDERED_DIFFERENTLY.lastIndex = 0;
    for (let run = RENDERED_DIFFERENTLY.exec(data); run; run = RENDERED_DIFFERENTLY.exec(data)) {
      const runStart = run.index;
      const runEnd = runStart + run[0].length;
      if (runStart > from) this.addWords(node, data.slice(from, runStart), from);
      this.addSpace(node, runStart, runEnd, run[0] === ' ');
      from = runEnd;
    }
    if (from < data.length) this.addWords(node, from === 0 ? data : data.slice(from), from);
  }

  /** Text shown as written: words, possibly with single spaces between them. */
  private addWords(node: Text, text: string, nodeStart: number): void {
    if (this.separator !== '' && this.length > 0)
      this.push(node, this.separator, nodeStart, nodeStart, false);
    this.separator = '';
    this.push(node, text, nodeStart, nodeStart + text.length, true);
    this.pendingSpace = false;
  }

  /** A run of source whitespace: one space at most, none at a block's start or after another. */
  private addSpace(node: Text, runStart: number, runEnd: number, plainSpace: boolean): void {
    if (this.length === 0 || this.pendingSpace || this.separator !== '') return;
    this.push(node, ' ', runStart, runEnd, plainSpace);
    this.pendingSpace = true;
  }

  /** A skipped inline element or a line break separates words even when the source has no space. */
  addSeparator(kind: ' ' | '\n'): void {
    if (this.length === 0) return;
    if (kind === '\n') this.separator = '\n';
    else if (this.takesSpace()) this.separator = ' ';
  }

  /** Whether a word separator ' ' would change anything now: words before it, no space or separator yet. */
  takesSpace(): boolean {
    return this.length > 0 && !this.pendingSpace && this.separator === '';
  }

  take(): TextBlock | null {
    // A trailing collapsed space is dropped, so blocks never end in whitespace.
    const last = this.segments[this.segments.length - 1];
    if (this.pendingSpace && last) {
      this.parts.pop();
      // The space may have been merged into the words before it: then only the segment's end goes.
      if (last.end - last.start > 1 && last.nodeEnd - last.nodeStart === last.end - last.start) {
        last.end--;
        last.nodeEnd--;
      } else this.segments.pop();
    }
    const block = this.segments.length > 0 ? { text: this.parts.join(''), segments: this.segments } : null;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.pendingSpace = false;
    this.lastExact = false;
    this.separator = '';
    return block;
  }

  /**
   * `exact`: the text is the node's data [nodeStart, nodeEnd) unchanged. Consecutive exact runs of a
   * node share one segment (words and single spaces of prose), so a page makes a segment per text
   * node rather than two per word: fewer objects to build and collect.
   */
  private push(node: Text, text: string, nodeStart: number, nodeEnd: number, exact: boolean): void {
    this.parts.push(text);
    const last = this.segments[this.segments.length - 1];
    if (exact && this.lastExact && last && last.node === node && last.nodeEnd === nodeStart) {
      last.end += text.length;
      last.nodeEnd = nodeEnd;
    } else
      this.segments.push({ node, start: this.length, end: this.length + text.length, nodeStart, nodeEnd });
    this.lastExact = exact;
    this.length += text.length;
  }
}

/** Whether the walker reads inside an element: not skipped for its tag or attributes, and rendered. */
function isRead(element: Element, upperTag: string, options: CollectOptions): boolean {
  return (
    !isSkippedTag(upperTag, options.hostTagName) &&
    !isSkippedByAttributes(element) &&
    isVisibleElement(element, options.computedStyle)
  );
}

/**
 * Yields the text blocks under `root` in document order, one at a time, so a caller can stop
 * every few milliseconds and give the page its event loop back on very large documents.
 *
 * Each DOM call costs: in a content script every node it touches also gets a wrapper object of
 * that script's own world. So each node is asked for its type and tag name once, and the walk
 * keeps the elements it entered (and whether each is a block) to climb back out of them.
 */
export function* iterateTextBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock> {
  const builder = new BlockBuilder();
  const shareLinks = shareLinksIn(root);
  const entered: Element[] = [];
  const enteredBlock: boolean[] = [];
  let node: Node = root;
  for (;;) {
    // Whether `node` is a block-level element: leaving it closes the block, read inside or not.
    let block = false;
    const type = node.nodeType;
    if (type === 3) builder.addText(node as Text);
    else if (type === 1) {
      const element = node as Element;
      const tag = element.tagName;
      const upper = upperTag(tag);
      block = BLOCK_TAGS.has(upper);
      const first = tag === 'BR' ? null : element.firstChild;
      if (tag === 'BR') builder.addSeparator('\n');
      // An empty element, read or not, adds at most a separator ' ': nothing to a block, which ends
      // here anyway, nor where a separator would change nothing. It needs no checks then (they cost).
      else if (!first && (block || !builder.takesSpace())) {
        // Nothing to add: the climb below closes a block.
      } else if (shareLinks?.has(element) === true || !isRead(element, upper, options))
        builder.addSeparator(' ');
      else {
        if (block) {
          const text = builder.take();
          if (text) yield text;
        }
        if (first) {
          entered.push(element);
          enteredBlock.push(block);
          node = first;
          continue;
        }
      }
    }
    // Climb until a next sibling exists, closing every block element left on the way.
    for (;;) {
      if (block) {
        const text = builder.take();
        if (text) yield text;
      }
      if (node === root) {
        const text = builder.take();
        if (text) yield text;
        return;
      }
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      // The recorded ancestors, not parentNode: no DOM call, and a walk paused while the page moves
      // or removes the current node still climbs back through what it entered.
      const parent = entered.pop();
      if (!parent) return;
      node = parent;
      block = enteredBlock.pop() as boolean;
    }
  }
}

/** The page's readable text as blocks (paragraphs, headings, list items, cells, captions...). */
export function collectTextBlocks(root: Element, options: CollectOptions = {}): TextBlock[] {
  return Array.from(iterateTextBlocks(root, options));
}

/** Block texts joined by a blank line: the document text the CLI reports offsets into. */
export function documentText(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}

/** Where each block starts in `documentText(blocks)`. */
export function blockOffsetsInDocument(blocks: readonly TextBlock[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    offsets.push(offset);
    offset += block.text.length + 2;
  }
  return offsets;
}
