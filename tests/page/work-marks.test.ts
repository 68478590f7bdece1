import { afterEach, describe, expect, it } from 'vitest';
import { runInSlices } from '../../page/time-slice';
import { timed } from '../../page/work-marks';

const glossMeasures = () =>
  performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('gloss:'));

afterEach(() => performance.clearMeasures());

describe('work marks (what npm run bench:pages attributes to Gloss)', () => {
  it('records work once, however deeply it nests', () => {
    const result = timed('outer', () => timed('inner', () => 42));
    expect(result).toBe(42);
    expect(glossMeasures().map((entry) => entry.name)).toEqual(['gloss:outer']);
  });

  it('still records and rethrows when the work throws', () => {
    expect(() =>
      timed('failing', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(glossMeasures().map((entry) => entry.name)).toEqual(['gloss:failing']);
    timed('after', () => 0);
    expect(glossMeasures()).toHaveLength(2);
  });

  it('measures each slice between yields, not the time spent paused', async () => {
    let clock = 0;
    const pauses: number[] = [];
    await runInSlices([1, 2, 3, 4][Symbol.iterator](), () => (clock += 5), {
      budgetMs: 8,
      now: () => clock,
      pause: async () => void pauses.push(clock),
      label: 'read',
    });
    expect(pauses).toEqual([10, 20]);
    expect(glossMeasures().map((entry) => entry.name)).toEqual(['gloss:read', 'gloss:read', 'gloss:read']);
  });
});
