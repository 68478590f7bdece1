import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Throughput {
  /** Milliseconds for the first pass over the corpus (nothing warmed up yet). */
  coldMs: number;
  /** Median milliseconds of the timed passes, after the warm-up. */
  warmMs: number;
  /** CPU time (user + system) of the median pass: less swayed by other processes than wall time. */
  warmCpuMs: number;
  /** Megabytes (of UTF-16 text length / 1e6) per second, warm. */
  mbPerSecond: number;
}

/** One timed run: wall and CPU milliseconds. */
interface Sample {
  ms: number;
  cpuMs: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function timed(run: () => void): Sample {
  const [wall, cpu] = [performance.now(), cpuMs()];
  run();
  return { ms: performance.now() - wall, cpuMs: cpuMs() - cpu };
}

/** The sample of median wall time (the CPU time shown beside it is that run's). */
function median(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)] ?? { ms: 0, cpuMs: 0 };
}

// Passes over the corpus, untimed, before the warm ones are timed. V8 optimises hot functions in the
// background, over the first several passes: on the dev gold texts Gloss's second pass took about
// 200 ms and it kept getting faster until about the ninth (70 ms), so a median of the early passes
// was still half cold and swung with how busy the other CPU was. A time rather than a count, so a slow
// baseline (one compromise pass takes seconds) is not run for minutes: each gets the same time.
const WARM_UP_MS = 2000;

/** Times `run` over every text: one cold pass, passes for about 2 s to warm up, then `passes` timed ones (median). */
export function measureThroughput(
  texts: string[],
  run: (text: string) => unknown,
  passes: number,
): Throughput {
  const size = texts.reduce((sum, t) => sum + t.length, 0);
  const pass = () =>
    timed(() => {
      for (const text of texts) run(text);
    });
  const cold = pass();
  for (let spent = 0; spent < WARM_UP_MS;) spent += pass().ms;
  const warm: Sample[] = [];
  for (let i = 0; i < passes; i++) warm.push(pass());
  const typical = warm.length > 0 ? median(warm) : cold;
  return {
    coldMs: cold.ms,
    warmMs: typical.ms,
    warmCpuMs: typical.cpuMs,
    mbPerSecond: size / 1e6 / (typical.ms / 1000),
  };
}

/** Warm calls of one text: the median, the fastest, the median call's CPU time and the load around them. */
export interface CallTimes {
  medianMs: number;
  fastestMs: number;
  cpuMs: number;
  /** The 1-minute load average before and after. */
  load: [number, number];
}

/** Times `repeats` warm calls of `run(text)`. */
export function timeCalls(text: string, run: (text: string) => unknown, repeats: number): CallTimes {
  const before = loadavg()[0] ?? 0;
  run(text);
  const samples: Sample[] = [];
  for (let i = 0; i < repeats; i++) samples.push(timed(() => run(text)));
  const typical = median(samples);
  return {
    medianMs: typical.ms,
    fastestMs: Math.min(...samples.map((s) => s.ms)),
    cpuMs: typical.cpuMs,
    load: [before, loadavg()[0] ?? 0],
  };
}
