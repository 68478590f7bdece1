/**
 * How a large store file is written: a small manifest naming plain text parts. Two reasons:
 *
 * - Firefox's add-on linter (web-ext lint, and the add-ons site's review) refuses to parse any
 *   packaged .json file of 5 MB or more; .txt parts are not parsed, and each stays under the limit.
 * - The index's long packed strings (the alias index, the names...) are read in place by the
 *   engine, so they need no JSON at all: they are lifted out of the JSON into raw text parts, which
 *   the browser only decodes. As JSON strings they cost a parse of every byte, slowed further by
 *   the escaped line breaks and tabs that separate their items (about a third of the background's
 *   cold start in Chromium). What is left of the JSON is parsed as usual, from parts of its own.
 */

/** Well under the linter's 5 MiB limit, so a part never trips it. */
export const MAX_PART_BYTES = 4_000_000;

/** Strings at least this long are lifted out of the JSON into text parts of their own. */
export const LIFT_CHARS = 10_000;

export const PARTS_FORMAT = 'gloss-parts/3';

/** A string lifted out of the JSON: the object keys that lead to it from the top, and its parts in order. */
export interface LiftedText {
  at: string[];
  parts: string[];
}

/** What a store file holds when it was split; every part is a file of the same folder. */
export interface PartsManifest {
  format: typeof PARTS_FORMAT;
  /** Parts whose texts, joined, are the file's JSON with each lifted string left empty. */
  parts: string[];
  texts: LiftedText[];
}

const isName = (part: unknown) => typeof part === 'string' && /^[\w.-]+$/.test(part);
const isNameList = (list: unknown): list is string[] => Array.isArray(list) && list.every(isName);

function isLiftedText(value: unknown): value is LiftedText {
  if (typeof value !== 'object' || value === null) return false;
  const { at, parts } = value as Partial<LiftedText>;
  // Plain keys only: a key such as "__proto__" or "constructor" could reach outside the parsed JSON.
  return (
    Array.isArray(at) &&
    at.length > 0 &&
    at.every((key) => typeof key === 'string' && /^[a-z]\w*$/i.test(key) && !(key in Object.prototype)) &&
    isNameList(parts)
  );
}

export function isPartsManifest(json: unknown): json is PartsManifest {
  if (typeof json !== 'object' || json === null) return false;
  const { format, parts, texts } = json as Partial<PartsManifest>;
  return format === PARTS_FORMAT && isNameList(parts) && Array.isArray(texts) && texts.every(isLiftedText);
}

/**
 * Why a parsed file is a parts manifest of another format (an older build), or null: such a file
 * must fail with this, not as a store file with no fields.
 */
export function stalePartsFormat(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format } = json as { format?: unknown };
  return typeof format === 'string' && format.startsWith('gloss-parts/') && format !== PARTS_FORMAT
    ? `it is split in the format ${format} of an older build, expected ${PARTS_FORMAT}: rebuild the store (npm run kb -- build)`
    : null;
}

/** Every part a manifest names, the JSON's first. */
export function manifestParts(manifest: PartsManifest): string[] {
  return [...manifest.parts, ...manifest.texts.flatMap((text) => text.parts)];
}

/**
 * JSON with every non-ASCII character escaped: a pure-ASCII file decodes to a one-byte string, which
 * the browser reads and parses markedly faster than the same text as UTF-8 with a few accents.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The name of part `n` of a file: `gloss-index.json` → `gloss-index.part2.txt`. */
export function partName(fileName: string, n: number): string {
  return fileName.replace(/(\.json)?$/, `.part${n}.txt`);
}

/** Consecutive slices of `text`, each under `maxBytes` in UTF-8. */
function slices(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxBytes);
    // Shrink until the slice fits in bytes (non-ASCII letters take two or three).
    while (utf8Bytes(text.slice(start, end)) >= maxBytes && end - start > 1)
      end = start + Math.floor((end - start) * 0.9);
    // Slices are cut in code units; never between the halves of a surrogate pair.
    if (end < text.length && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** Replaces every string of at least `minChars` under plain objects (not lists) by '', returning them. */
function liftStrings(value: Record<string, unknown>, minChars: number, at: string[] = []) {
  const lifted: { at: string[]; text: string }[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && item.length >= minChars) {
      lifted.push({ at: [...at, key], text: item });
      value[key] = '';
    } else if (typeof item === 'object' && item !== null && !Array.isArray(item))
      lifted.push(...liftStrings(item as Record<string, unknown>, minChars, [...at, key]));
  }
  return lifted;
}

/**
 * The files to write for a store file of JSON `text` named `fileName`: the text itself when it is
 * small and holds no long string, else a manifest, its JSON's parts and its lifted strings' parts.
 */
export function splitStoreFile(
  fileName: string,
  text: string,
  maxBytes = MAX_PART_BYTES,
  liftChars = LIFT_CHARS,
): Map<string, string> {
  const files = new Map<string, string>();
  const json: unknown = JSON.parse(text);
  const lifted =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? liftStrings(json as Record<string, unknown>, liftChars)
      : [];
  if (lifted.length === 0 && utf8Bytes(text) < maxBytes) return files.set(fileName, text);
  const write = (texts: string[]) =>
    texts.map((slice) => {
      const name = partName(fileName, files.size + 1);
      files.set(name, slice);
      return name;
    });
  const manifest: PartsManifest = {
    format: PARTS_FORMAT,
    parts: write(slices(asciiJson(json), maxBytes)),
    texts: lifted.map((item) => ({ at: item.at, parts: write(slices(item.text, maxBytes)) })),
  };
  return files.set(fileName, JSON.stringify(manifest));
}

/**
 * Puts a split file back together from its parts' texts and parses it; throws when the JSON is
 * broken or a lifted string's place is not an empty string of it.
 */
export function joinStoreParts(manifest: PartsManifest, partText: (name: string) => string): unknown {
  const json: unknown = JSON.parse(manifest.parts.map(partText).join(''));
  for (const { at, parts } of manifest.texts) {
    let owner: unknown = json;
    for (const key of at.slice(0, -1))
      owner =
        typeof owner === 'object' && owner !== null ? (owner as Record<string, unknown>)[key] : undefined;
    const key = at.at(-1) ?? '';
    const holder = owner as Record<string, unknown> | null | undefined;
    if (typeof holder !== 'object' || holder === null || holder[key] !== '')
      throw new Error(`the parts manifest puts text at ${at.join('.')}, which the JSON does not leave empty`);
    holder[key] = parts.map(partText).join('');
  }
  return json;
}

/** A store file's raw text as read: the file itself, or its manifest and the texts of its parts. */
export type StoreTexts = { whole: string } | { manifest: PartsManifest; parts: ReadonlyMap<string, string> };
