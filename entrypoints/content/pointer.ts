import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContextTimers } from './timers';

export interface PointerHandlers {
  /** At most once per frame, with the latest mouse or pen move. */
  onMove(event: PointerEvent): void;
  onEscape(): void;
  /** The page (or a scrolled box in it) scrolled: the card would float away from its mention. */
  onScroll(target: EventTarget | null): void;
}

/** Page listeners for hover, registered through `ctx` so they die with an invalidated context. */
export function listenToPointer(
  ctx: ContentScriptContext,
  timers: ContextTimers,
  doc: Document,
  handlers: PointerHandlers,
): void {
  let latest: PointerEvent | null = null;
  let framePending = false;
  const onFrame = () => {
    framePending = false;
    if (latest) handlers.onMove(latest);
    latest = null;
  };
  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      // Touch gets its own tap interaction (issue 5); a finger's move is a scroll, never a hover.
      if (event.pointerType === 'touch') return;
      latest = event;
      if (framePending) return;
      framePending = true;
      timers.requestAnimationFrame(onFrame);
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') handlers.onEscape();
    },
    { capture: true },
  );
  ctx.addEventListener(doc, 'scroll', (event: Event) => handlers.onScroll(event.target), {
    passive: true,
    capture: true,
  });
}
