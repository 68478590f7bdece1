/**
 * Splitting a large store file into parts. Firefox's add-on linter (web-ext lint, and the add-ons
 * site's review) refuses to parse any packaged .json file of 5 MB or more, so a store file that
 * grows past the limit ships as a small manifest naming its parts. The parts are plain text slices
 * of the file (.txt, which the linter does not parse), joined and parsed once: an earlier format
 * wrapped each slice in a JSON string, which cost a second parse of every byte (about 25 ms of 65
 * for the index in Node, and more in a cold service worker).
 */

/** Well under the linter's 5 MiB limit, so a part never trips it. */
export const MAX_PART_BYTES = 4_000_000;

export const PARTS_FORMAT = 'gloss-parts/2';

/** What a store file holds when its text was split: the file names of its parts, in order, in the same folder. */
export interface PartsManifest {
  format: typeof PARTS_FORMAT;
  parts: string[];
}

export function isPartsManifest(json: unknown): json is PartsManifest {
  if (typeof json !== 'object' || json === null) return false;
  const { format, parts } = json as Partial<PartsManifest>;
  return (
    format === PARTS_FORMAT &&
    Array.isArray(parts) &&
    parts.every((part) => typeof part === 'string' && /^[\w.-]+$/.test(part))
  );
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The name of part `n` of a file: `gloss-index.json` → `gloss-index.part2.txt`. */
export function partName(fileName: string, n: number): string {
  return fileName.replace(/(\.json)?$/, `.part${n}.txt`);
}

/**
 * The files to write for a store file of `text` named `fileName`: the text itself when it is small
 * enough, else a manifest plus its parts, consecutive slices of the text each under `maxBytes`.
 */
export function splitStoreFile(
  fileName: string,
  text: string,
  maxBytes = MAX_PART_BYTES,
): Map<string, string> {
  const files = new Map<string, string>();
  if (utf8Bytes(text) < maxBytes) return files.set(fileName, text);
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxBytes);
    // Shrink until the slice fits in bytes (non-ASCII letters take two or three).
    while (utf8Bytes(text.slice(start, end)) >= maxBytes && end - start > 1)
      end = start + Math.floor((end - start) * 0.9);
    // Slices are cut in code units; never between the halves of a surrogate pair.
    if (end < text.length && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
    const name = partName(fileName, parts.length + 1);
    files.set(name, text.slice(start, end));
    parts.push(name);
    start = end;
  }
  const manifest: PartsManifest = { format: PARTS_FORMAT, parts };
  return files.set(fileName, JSON.stringify(manifest));
}

/** Puts a split file back together from its parts' texts (in manifest order) and parses it. */
export function joinStoreParts(partTexts: readonly string[]): unknown {
  return JSON.parse(partTexts.join(''));
}
