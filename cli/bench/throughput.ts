import { performance } from 'node:perf_hooks';

export interface Throughput {
  /** Milliseconds for the first pass over the corpus (nothing warmed up yet). */
  coldMs: number;
  /** Median milliseconds of the later passes. */
  warmMs: number;
  /** Megabytes (of UTF-16 text length / 1e6) per second, warm. */
  mbPerSecond: number;
}

/** Times `run` over every text: one cold pass, then `passes` warm ones, reporting the median. */
export function measureThroughput(
  texts: string[],
  run: (text: string) => unknown,
  passes: number,
): Throughput {
  const size = texts.reduce((sum, t) => sum + t.length, 0);
  const pass = () => {
    const started = performance.now();
    for (const text of texts) run(text);
    return performance.now() - started;
  };
  const coldMs = pass();
  const warm: number[] = [];
  for (let i = 0; i < passes; i++) warm.push(pass());
  warm.sort((a, b) => a - b);
  const warmMs = warm[Math.floor(warm.length / 2)] ?? coldMs;
  return { coldMs, warmMs, mbPerSecond: size / 1e6 / (warmMs / 1000) };
}

/** Median time of `run(text)` over `repeats` warm calls. */
export function medianCallMs(text: string, run: (text: string) => unknown, repeats: number): number {
  run(text);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run(text);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}
