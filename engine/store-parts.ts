/**
 * Splitting a large store file into parts. Firefox's add-on linter (web-ext lint, and the add-ons
 * site's review) refuses to parse any packaged file of 5 MB or more, so a store file that grows past
 * the limit ships as a small manifest naming its parts. Each part is a valid JSON document (a string
 * holding a slice of the file's text), so every shipped file stays readable and parseable.
 */

/** Well under the linter's 5 MiB limit, so a part never trips it. */
export const MAX_PART_BYTES = 4_000_000;

export const PARTS_FORMAT = 'gloss-parts/1';

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

/** The name of part `n` of a file: `gloss-index.json` → `gloss-index.part2.json`. */
export function partName(fileName: string, n: number): string {
  return fileName.replace(/(\.json)?$/, `.part${n}.json`);
}

/**
 * The files to write for a store file of `text` named `fileName`: the text itself when it is small
 * enough, else a manifest plus its parts (each the JSON string of a slice of the text).
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
    let end = Math.min(text.length, start + Math.floor(maxBytes * 0.8));
    // Slices are cut in code units; never between the halves of a surrogate pair.
    if (end < text.length && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
    let part = JSON.stringify(text.slice(start, end));
    // Escaping can grow a slice; shrink it until the part fits.
    while (utf8Bytes(part) >= maxBytes && end - start > 1) {
      end = start + Math.floor((end - start) * 0.9);
      part = JSON.stringify(text.slice(start, end));
    }
    const name = partName(fileName, parts.length + 1);
    files.set(name, part);
    parts.push(name);
    start = end;
  }
  const manifest: PartsManifest = { format: PARTS_FORMAT, parts };
  return files.set(fileName, JSON.stringify(manifest));
}

/** Puts a split file back together from its parts' texts (in manifest order) and parses it. */
export function joinStoreParts(partTexts: readonly string[]): unknown {
  const slices = partTexts.map((text, i) => {
    const slice: unknown = JSON.parse(text);
    if (typeof slice !== 'string') throw new Error(`store part ${i + 1} is not a JSON string`);
    return slice;
  });
  return JSON.parse(slices.join(''));
}
