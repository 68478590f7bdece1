import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface ColdStart {
  /** Wall time from reading the index until the first annotate returned. */
  loadMs: number;
  /** CPU time of the same (user + system): less swayed by other processes than wall time. */
  cpuMs: number;
  steps: Record<string, { ms: number; cpuMs: number }>;
  /** Heap with the index loaded, then with the details attached too. */
  heapBytes: number;
  heapWithDetails: number;
  entities: number;
}

export interface ColdStarts {
  median: ColdStart;
  /** The fastest run: the closest a busy machine comes to an idle one. */
  fastest: ColdStart;
  /** The 1-minute load average before and after the runs. */
  load: [number, number];
}

const child = fileURLToPath(new URL('./cold-start-child.ts', import.meta.url));

/** Loads the store in `runs` fresh processes (each start is cold, as the background's is). */
export function measureColdStart(indexPath: string, runs: number): ColdStarts {
  const before = loadavg()[0] ?? 0;
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, indexPath], {
      encoding: 'utf8',
    });
    samples.push(JSON.parse(output) as ColdStart);
  }
  samples.sort((a, b) => a.loadMs - b.loadMs);
  const median = samples[Math.floor(samples.length / 2)];
  const fastest = samples[0];
  if (!median || !fastest) throw new Error('no cold-start sample');
  return { median, fastest, load: [before, loadavg()[0] ?? 0] };
}
