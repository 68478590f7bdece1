import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TapDetector } from '@/page/tap';
import type { ContextTimers } from './timers';

export interface PointerHandlers {
  /** At most once per frame, with the latest mouse or pen move. */
  onMove(event: PointerEvent): void;
  onEscape(): void;
  /** The page (or a scrolled box in it) scrolled: the card would float away from its mention. */
  onScroll(target: EventTarget | null): void;
  /** A finger tapped (not a scroll, drag or long press): open the card under it, or close one. */
  onTap(event: PointerEvent): void;
  /** A mouse or pen button went down: a click elsewhere closes a card opened by keyboard. */
  onPress(event: PointerEvent): void;
}

const sample = (event: PointerEvent) => ({
  pointerId: event.pointerId,
  x: event.clientX,
  y: event.clientY,
  time: event.timeStamp,
});

/** Touch: a tap opens a card; a finger's move is a scroll, never a hover (UX.md: scrolling never opens one). */
function listenToTouch(ctx: ContentScriptContext, doc: Document, handlers: PointerHandlers): () => void {
  const taps = new TapDetector();
  const options = { passive: true, capture: true };
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch') taps.start(sample(event));
      else handlers.onPress(event);
    },
    options,
  );
  ctx.addEventListener(
    doc,
    'pointerup',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch' && taps.end(sample(event))) handlers.onTap(event);
    },
    options,
  );
  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch') taps.move(sample(event));
    },
    options,
  );
  ctx.addEventListener(doc, 'pointercancel', () => taps.cancel(), options);
  return () => taps.cancel();
}

/** Page listeners for hover, touch and keys, registered through `ctx` so they die with an invalidated context. */
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
  const cancelTap = listenToTouch(ctx, doc, handlers);
  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
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
  ctx.addEventListener(
    doc,
    'scroll',
    (event: Event) => {
      cancelTap();
      handlers.onScroll(event.target);
    },
    { passive: true, capture: true },
  );
}
