import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Timers that stop with the content script's context. */
export interface ContextTimers {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(run: () => void): number;
}

/**
 * Like `ctx.setTimeout` / `ctx.requestAnimationFrame`, which add an abort listener per call that
 * is never removed (WXT 0.20 content-script-context.mjs): at one frame per pointer move that grows
 * without bound on a long-lived page. Here one `ctx.onInvalidated` clears whatever is pending.
 */
export function contextTimers(ctx: ContentScriptContext): ContextTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  ctx.onInvalidated(() => {
    timeouts.forEach((id) => window.clearTimeout(id));
    frames.forEach((id) => window.cancelAnimationFrame(id));
    timeouts.clear();
    frames.clear();
  });
  return {
    setTimeout(run, ms) {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) run();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      timeouts.delete(id);
      window.clearTimeout(id);
    },
    requestAnimationFrame(run) {
      const id = window.requestAnimationFrame(() => {
        frames.delete(id);
        if (ctx.isValid) run();
      });
      frames.add(id);
      return id;
    },
  };
}
