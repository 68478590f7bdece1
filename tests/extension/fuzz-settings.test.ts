/**
 * Issue 6, point 5: stored settings with corrupt fields (seeded). Each bad field falls back to its
 * default and is named in the problems; every valid field, and every valid entry of a list that holds
 * bad ones, survives unchanged, whether read directly or through storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, validateSettings } from '@/engine/settings';
import type { Settings } from '@/engine/settings';
import { loadSettings } from '@/extension/settings-storage';
import { int, pick, randomValue, seededRng } from './fuzz-random';
import type { Rng } from './fuzz-random';

const SEED = 6_2026;
const CASES = 2_000;
const LISTS = ['disabledSites', 'enabledSites', 'hiddenNames'] as const;
type ListKey = (typeof LISTS)[number];

function validSettings(rng: Rng): Settings {
  const bool = () => rng() < 0.5;
  const hosts = () => Array.from({ length: int(rng, 4) }, (_, i) => `site${int(rng, 1000)}-${i}.example.com`);
  return {
    ...DEFAULT_SETTINGS,
    enabled: bool(),
    disabledSites: hosts(),
    siteMode: pick(rng, ['off-on-listed', 'only-on-listed'] as const),
    enabledSites: hosts(),
    hiddenNames: Array.from({ length: int(rng, 3) }, (_, i) => `Hidden Name ${i}`),
    highlightStyle: pick(rng, ['underline', 'background', 'none'] as const),
    highlightAll: bool(),
    types: { person: bool(), place: bool(), organisation: bool(), event: bool(), other: bool() },
    hoverDelayMs: int(rng, 1501),
    threshold: int(rng, 101) / 100,
    demonyms: bool(),
    theme: pick(rng, ['auto', 'light', 'dark'] as const),
  };
}

// Values wrong for every field: no field of Settings accepts any of them.
const WRONG: unknown[] = [
  null,
  'true',
  'yes',
  1e9,
  -5,
  NaN,
  {},
  { nested: [1] },
  'Underline',
  'DARK',
  Symbol.for('x').toString(),
];

/** Corrupts some fields of a valid settings object; returns the stored value and what was corrupted. */
function corrupt(
  rng: Rng,
  valid: Settings,
): { stored: Record<string, unknown>; whole: Set<string>; entries: Set<ListKey> } {
  const stored = structuredClone(valid) as unknown as Record<string, unknown>;
  const whole = new Set<string>();
  const entries = new Set<ListKey>();
  for (const key of Object.keys(valid)) {
    if (rng() > 0.3) continue;
    if ((LISTS as readonly string[]).includes(key) && rng() < 0.5) {
      const list = [...(stored[key] as string[])];
      list.splice(int(rng, list.length + 1), 0, pick(rng, [42, null, {}, [], '', ' '.repeat(3)]) as string);
      stored[key] = list;
      entries.add(key as ListKey);
    } else {
      // An object without any type in it is a valid (empty) `types`, so it is no corruption there.
      const wrong = key === 'types' ? WRONG.filter((v) => typeof v !== 'object' || v === null) : WRONG;
      stored[key] = pick(rng, wrong);
      whole.add(key);
    }
  }
  // Unknown keys from a newer or foreign writer are ignored, not a reason to drop anything.
  stored[`unknown${int(rng, 9)}`] = randomValue(rng, 2);
  return { stored, whole, entries };
}

function expectRepaired(
  result: Settings,
  problems: string[],
  valid: Settings,
  c: ReturnType<typeof corrupt>,
): void {
  for (const key of Object.keys(valid) as (keyof Settings)[]) {
    if (c.whole.has(key)) {
      expect(result[key], `${key} falls back to its default`).toEqual(DEFAULT_SETTINGS[key]);
      expect(problems.join('\n'), `the problems name ${key}`).toContain(key);
    } else expect(result[key], `${key} is kept`).toEqual(valid[key]);
  }
  for (const key of c.entries) expect(problems.join('\n'), `the problems name ${key}`).toContain(key);
}

describe(`settings with corrupt stored values (seed ${SEED})`, () => {
  beforeEach(() => fakeBrowser.reset());

  it(`validateSettings keeps every valid field and entry over ${CASES} corrupt values`, () => {
    const rng = seededRng(SEED);
    for (let i = 0; i < CASES; i++) {
      const valid = validSettings(rng);
      const c = corrupt(rng, valid);
      const { settings, problems } = validateSettings(c.stored);
      expectRepaired(settings, problems, valid, c);
    }
  });

  it('never throws on arbitrary stored values and always gives complete settings', () => {
    const rng = seededRng(SEED + 1);
    for (let i = 0; i < CASES; i++) {
      const { settings } = validateSettings(randomValue(rng, 3));
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    }
  });

  it('loadSettings repairs a corrupt stored copy field by field and says what was wrong', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rng = seededRng(SEED + 2);
    for (let i = 0; i < 200; i++) {
      const valid = validSettings(rng);
      const c = corrupt(rng, valid);
      await fakeBrowser.storage.local.set({ settings: c.stored });
      const loaded = await loadSettings();
      expectRepaired(
        loaded,
        c.whole.size + c.entries.size > 0 ? [String(warn.mock.lastCall?.[1])] : [],
        valid,
        c,
      );
    }
    warn.mockRestore();
  });
});
