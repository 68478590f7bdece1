import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

export interface ScriptCost {
  /** Thread (CPU) time of evaluating the content script: creating its world, compiling, running its top level. */
  cpuMs: number;
  wallMs: number;
}

/**
 * Traces the tab from before navigation, for what User Timing cannot see: the evaluation of the
 * content script itself (an EvaluateScript event whose URL is the extension's), which runs before any
 * of Gloss's own code can mark anything. Returns a function that stops the trace and reads that cost.
 */
export async function traceScriptCost(cdp: CDPSession, origin: string): Promise<() => Promise<ScriptCost>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => void events.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    const ours = events.filter(
      (e) => e.name === 'EvaluateScript' && e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin),
    );
    const sum = (pick: (e: TraceEvent) => number) => ours.reduce((total, e) => total + pick(e), 0) / 1000;
    return { cpuMs: sum((e) => e.tdur ?? e.dur ?? 0), wallMs: sum((e) => e.dur ?? 0) };
  };
}
