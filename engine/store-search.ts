/** Lookups in the index file's sorted, line-joined lists, without building a Map at start-up. */
import type { Posting } from './store';
import type { StoreIndexFile } from './store-files';
import { COMMON, IS_NAME, LINES_PER_MARK, WEAK } from './store-files';
import { decodeShapes } from './store-postings';
import type { Shape } from './tokenize';

/** A list packed in one string, one item a line, read in place. */
export interface PackedList {
  readonly size: number;
  /** The item at `i` ('' past the end). */
  at(i: number): string;
  /** Position of `key` in the list, which must be sorted by code unit; -1 when absent. */
  indexOf(key: string): number;
}

// Compares `key` with packed[start, end) by code unit, as `<` would compare the two strings.
function compareAt(key: string, packed: string, start: number, end: number): number {
  const length = Math.min(key.length, end - start);
  for (let i = 0; i < length; i++) {
    const diff = key.charCodeAt(i) - packed.charCodeAt(start + i);
    if (diff !== 0) return diff;
  }
  return key.length - (end - start);
}

/**
 * Indexes the line starts of a packed list once (a scan, far cheaper than parsing the items). An
 * empty string is no item, unless `emptyIsOne` (a column of one entity with an empty value).
 */
export function packedList(packed: string, emptyIsOne = false): PackedList {
  const starts: number[] = [];
  if (packed !== '' || emptyIsOne)
    for (let at = 0; at >= 0; at = packed.indexOf('\n', at) + 1 || -1) starts.push(at);
  const size = starts.length;
  const bounds = new Uint32Array(size + 1);
  for (let i = 0; i < size; i++) bounds[i] = starts[i] ?? 0;
  bounds[size] = packed.length + 1;
  return {
    size,
    at: (i) => (i >= 0 && i < size ? packed.slice(bounds[i], (bounds[i + 1] ?? 1) - 1) : ''),
    indexOf(key) {
      let low = 0;
      let high = size - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const order = compareAt(key, packed, bounds[mid] ?? 0, (bounds[mid + 1] ?? 0) - 1);
        if (order === 0) return mid;
        if (order > 0) low = mid + 1;
        else high = mid - 1;
      }
      return -1;
    },
  };
}

// End of the line starting at `start`: the next line break, or the string's end.
function lineEnd(packed: string, start: number): number {
  const end = packed.indexOf('\n', start);
  return end < 0 ? packed.length : end;
}

// Whether marks fit a packed list of `size` lines: one per block, rising, each at a line start, and
// the last block holding exactly the lines left. A middle block's count is not checked (that takes
// the scan the marks avoid); a tampered one reads wrong items, never out of bounds.
function marksFit(packed: string, marks: readonly number[], size: number): boolean {
  if (marks.length !== Math.ceil(size / LINES_PER_MARK)) return false;
  let previous = -1;
  for (const mark of marks) {
    if (!(
      Number.isInteger(mark) &&
      mark > previous &&
      mark <= packed.length &&
      (mark === 0 || packed.charCodeAt(mark - 1) === 10)
    ))
      return false;
    previous = mark;
  }
  if (size === 0) return packed === '';
  if (marks[0] !== 0) return false;
  let start = previous;
  for (let line = (marks.length - 1) * LINES_PER_MARK + 1; line < size; line++) {
    start = packed.indexOf('\n', start) + 1;
    if (start === 0) return false;
  }
  return packed.indexOf('\n', start) < 0;
}

/**
 * A packed list of `size` lines read through its line marks (the start of every LINES_PER_MARK-th
 * line): nothing is scanned up front, and an item is found by skipping at most LINES_PER_MARK - 1
 * lines from the mark before it. Null when the marks do not fit the text.
 */
export function markedList(packed: string, marks: readonly number[], size: number): PackedList | null {
  if (!marksFit(packed, marks, size)) return null;
  const startOf = (i: number) => {
    let start = marks[Math.floor(i / LINES_PER_MARK)] ?? 0;
    for (let skip = i % LINES_PER_MARK; skip > 0; skip--) start = packed.indexOf('\n', start) + 1;
    return start;
  };
  return {
    size,
    at: (i) => {
      if (!(i >= 0 && i < size)) return '';
      const start = startOf(i);
      return packed.slice(start, lineEnd(packed, start));
    },
    indexOf(key) {
      // The last block whose first item is at most `key`, by binary search over the marks...
      let low = 0;
      let high = marks.length - 1;
      let block = -1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const start = marks[mid] ?? 0;
        const order = compareAt(key, packed, start, lineEnd(packed, start));
        if (order === 0) return mid * LINES_PER_MARK;
        if (order > 0) [block, low] = [mid, mid + 1];
        else high = mid - 1;
      }
      if (block < 0) return -1;
      // ...then along that block's items.
      let start = marks[block] ?? 0;
      const last = Math.min(size, (block + 1) * LINES_PER_MARK);
      for (let i = block * LINES_PER_MARK; i < last; i++) {
        const end = lineEnd(packed, start);
        const order = compareAt(key, packed, start, end);
        if (order === 0) return i;
        if (order < 0) return -1;
        start = end + 1;
      }
      return -1;
    },
  };
}

/**
 * Finds the line whose key (the text before a tab, or the whole line) is `key`, by binary search
 * over character positions: no offsets are computed when the store opens. `keyed` when lines hold
 * a tab after their key. Returns the line's start and end, or null.
 */
export function findLine(packed: string, key: string, keyed = false): { start: number; end: number } | null {
  // [low, high) always begins at a line start and ends at a line end (or the string's end).
  let low = 0;
  let high = packed.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = mid === 0 ? 0 : packed.lastIndexOf('\n', mid - 1) + 1;
    const found = packed.indexOf('\n', start);
    const end = found < 0 ? packed.length : found;
    // Only keyed lines hold a tab: looking for one elsewhere would scan to the string's end.
    const tab = keyed ? packed.indexOf('\t', start) : -1;
    const order = compareAt(key, packed, start, tab >= 0 && tab < end ? tab : end);
    if (order === 0) return { start, end };
    if (order < 0) high = start;
    else low = end + 1;
  }
  return null;
}

// Stands for a miss in a memo, whose map holds no undefined.
const ABSENT: unique symbol = Symbol('absent');

// Bounds a memo so a background that runs for days over many pages does not keep every word it met.
const MEMO_LIMIT = 50_000;

/**
 * Remembers a lookup's answer, misses included: the matcher asks for the same few thousand words
 * and prefixes on every page, and a Map beats twenty probes of a binary search.
 */
export function memoised<T>(find: (key: string) => T): (key: string) => T {
  // Misses are kept as ABSENT, so one `get` answers both "known?" and "what?".
  const memo = new Map<string, T | typeof ABSENT>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known === ABSENT ? (undefined as T) : known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = find(key);
    memo.set(key, found === undefined ? ABSENT : found);
    return found;
  };
}

/** Decodes a key's postings on first lookup and keeps them; most keys are never looked up. */
export function postingReader(index: StoreIndexFile): (key: string) => readonly Posting[] | undefined {
  const { aliases } = index;
  const entities = index.entities.type.length;
  const decoded = new Map<number, readonly Posting[]>();
  // Shapes repeat across thousands of aliases ("Cap Cap"): one frozen array per code.
  const shapes = new Map<number, readonly Shape[]>();
  const shapesOf = (code: number) => {
    let list = shapes.get(code);
    if (!list) shapes.set(code, (list = Object.freeze(decodeShapes(code))));
    return list;
  };
  return memoised((key) => {
    const line = findLine(aliases, key, true);
    if (!line) return undefined;
    let list = decoded.get(line.start);
    if (list) return list;
    const numbers = aliases.slice(line.start + key.length + 1, line.end).split(' ');
    const out: Posting[] = [];
    for (let p = 0; p + 1 < numbers.length; p += 2) {
      const head = parseInt(numbers[p] ?? '', 36);
      const code = parseInt(numbers[p + 1] ?? '', 36);
      // Checked here rather than at start-up: only the postings looked up are ever decoded.
      if (!(head >= 0 && head < entities * 8 && code >= 1)) continue;
      out.push({
        entity: Math.floor(head / 8),
        weak: (head & WEAK) !== 0,
        common: (head & COMMON) !== 0,
        isName: (head & IS_NAME) !== 0,
        shapes: shapesOf(code),
      });
    }
    decoded.set(line.start, (list = out));
    return list;
  });
}
