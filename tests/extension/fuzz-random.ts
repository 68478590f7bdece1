/** A seeded PRNG (mulberry32) and random JSON-ish values, so a failing fuzz case reproduces from its seed. */
export type Rng = () => number;

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, max: number) => Math.floor(rng() * max);
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)] as T;

const ODD_NUMBERS = [0, -0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 31), 1e308];
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '😀',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'a'.repeat(300),
];
const KEYS = ['type', 'blocks', 'id', 'contextId', 'surface', '__proto__', 'constructor', 'x'];

export function randomString(rng: Rng): string {
  if (rng() < 0.3) return pick(rng, ODD_STRINGS);
  const length = rng() < 0.05 ? 1000 + int(rng, 60_000) : int(rng, 40);
  let out = '';
  for (let i = 0; i < length; i++)
    out += String.fromCharCode(rng() < 0.9 ? 32 + int(rng, 95) : int(rng, 0xffff));
  return out;
}

/** Any value a message or a stored item could hold, nested up to `depth`. */
export function randomValue(rng: Rng, depth = 2): unknown {
  const kind = int(rng, depth > 0 ? 9 : 6);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return pick(rng, ODD_NUMBERS);
    case 3:
      return rng() < 0.5;
    case 4:
    case 5:
      return randomString(rng);
    case 6:
      return Array.from({ length: int(rng, 5) }, () => randomValue(rng, depth - 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = int(rng, 5); i > 0; i--) out[pick(rng, KEYS)] = randomValue(rng, depth - 1);
      return out;
    }
  }
}
