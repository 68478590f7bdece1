import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ColdStart {
  loadMs: number;
  heapBytes: number;
  entities: number;
}

const child = fileURLToPath(new URL('./cold-start-child.ts', import.meta.url));

/** Loads the store in `runs` fresh processes (each start is cold, as the background's is) and returns the median. */
export function measureColdStart(storePath: string, runs: number): ColdStart {
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, storePath], {
      encoding: 'utf8',
    });
    samples.push(JSON.parse(output) as ColdStart);
  }
  samples.sort((a, b) => a.loadMs - b.loadMs);
  const median = samples[Math.floor(samples.length / 2)];
  if (!median) throw new Error('no cold-start sample');
  return median;
}
