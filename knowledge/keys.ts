import { normalizeKey } from '../engine/normalize';

// The build keys the same names many times over (every merge compares names); normalising keeps
// an offset map per call, so the keys are remembered for the length of the process.
const cache = new Map<string, string>();

/** normalizeKey, memoised: the key names are compared by during the build. */
export function nameKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    cache.set(text, key);
  }
  return key;
}
