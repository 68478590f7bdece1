import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Placement, VirtualElement } from '@floating-ui/dom';
import type { RectLike } from './hit-test';

/** UX.md: 5 px from the viewport's edges, 8 px from the text. */
export const GUTTER_PX = 5;
export const OFFSET_PX = 8;

function domRect(rect: RectLike): DOMRect {
  const { left, top, right, bottom } = rect;
  const box = { left, top, right, bottom, x: left, y: top, width: right - left, height: bottom - top };
  return { ...box, toJSON: () => box } as DOMRect;
}

/**
 * A floating-ui reference for a mention: its box is the line box the reader points at, its client
 * rects the Range's own (for wrapped names). `contextElement` lets floating-ui find scrolled ancestors.
 */
export function mentionReference(line: RectLike, range?: Range): VirtualElement {
  const context = range?.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => domRect(line),
    getClientRects: () =>
      range && typeof range.getClientRects === 'function'
        ? range.getClientRects()
        : ([domRect(line)] as unknown as DOMRectList),
    contextElement: context,
  };
}

/**
 * The side to try first (UX.md, after Page Previews): below the name, above it past half the
 * viewport's height; aligned to its start, or to its end past half the width. flip() and shift()
 * then keep the card inside the viewport whatever its size.
 */
export function preferredPlacement(line: RectLike, viewport: { width: number; height: number }): Placement {
  const above = (line.top + line.bottom) / 2 > viewport.height / 2;
  const leftward = (line.left + line.right) / 2 > viewport.width / 2;
  return `${above ? 'top' : 'bottom'}-${leftward ? 'end' : 'start'}`;
}

/** Viewport position of the card beside a mention. The card is position: fixed in Gloss's fixed host. */
export async function floatCard(
  reference: VirtualElement,
  card: HTMLElement,
  viewport: { width: number; height: number },
): Promise<{ left: number; top: number }> {
  const line = reference.getBoundingClientRect();
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: preferredPlacement(line, viewport),
    middleware: [offset(OFFSET_PX), flip({ padding: GUTTER_PX }), shift({ padding: GUTTER_PX })],
  });
  return { left: Math.round(x), top: Math.round(y) };
}
