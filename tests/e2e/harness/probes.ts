/**
 * Functions evaluated inside the page's main world. Each must be self-contained: the browser gets
 * its source text, not its closure.
 */
import type { Rect } from './types';

export interface GlossState {
  hasHost: boolean;
  /** The host's `data-gloss-mentions`: how many mentions Gloss shows. */
  mentions: number;
  /** Ranges per `gloss-*` highlight in `CSS.highlights`, or null when the page cannot see the registry. */
  highlights: Record<string, number> | null;
  card: { label: string | null; heading: string | null; visible: boolean; rect: Rect } | null;
}

export function readGlossState(): GlossState {
  const host = document.querySelector('gloss-host');
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let highlights: Record<string, number> | null = null;
  if (registry) {
    highlights = {};
    for (const [name, highlight] of registry)
      if (name.startsWith('gloss-')) highlights[name] = highlight.size;
  }
  const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
  const box = dialog?.getBoundingClientRect();
  // The heading's accessible text: a country's flag is decoration (aria-hidden), not its name.
  const heading = dialog?.querySelector('h2')?.cloneNode(true) as Element | undefined;
  heading?.querySelectorAll('[aria-hidden="true"]').forEach((el) => el.remove());
  return {
    hasHost: host !== null,
    mentions: Number(host?.getAttribute('data-gloss-mentions') ?? 0),
    highlights,
    card:
      dialog && box
        ? {
            label: dialog.getAttribute('aria-label'),
            heading: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
            visible: getComputedStyle(dialog).visibility === 'visible' && box.width > 0 && box.height > 0,
            rect: { x: box.left, y: box.top, width: box.width, height: box.height },
          }
        : null,
  };
}

export function highlightCount(state: GlossState): number {
  return Object.values(state.highlights ?? {}).reduce((sum, n) => sum + n, 0);
}

/**
 * Scrolls the first occurrence of `text` inside `within` to a third of the viewport's height and
 * returns the viewport rectangle of its first line, or null when the text is not on the page.
 */
export function locateText({ text, within }: { text: string; within: string }): Rect | null {
  const root = document.querySelector(within);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    const start = data.indexOf(text);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const before = range.getClientRects()[0];
    if (!before) return null;
    window.scrollBy(0, before.top - window.innerHeight / 3);
    const rect = range.getClientRects()[0] ?? before;
    return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  }
  return null;
}

/** The popup's visible state, read through its DOM contract. */
export function readPopupState() {
  const toggle = (selector: string) => {
    const input = document.querySelector<HTMLInputElement>(selector);
    return input ? input.checked : null;
  };
  const site = document.querySelector<HTMLInputElement>('input#site-toggle');
  const label = site ? (site.labels?.[0]?.textContent ?? site.closest('label')?.textContent ?? '') : null;
  return {
    site: toggle('input#site-toggle'),
    siteLabel: label?.replace(/\s+/g, ' ').trim() ?? null,
    global: toggle('input#global-toggle'),
    person: toggle('input[name="type-person"]'),
    pageCount: document.querySelector('#page-count')?.textContent?.trim() ?? null,
  };
}
export type PopupState = ReturnType<typeof readPopupState>;

/** True when nothing in Gloss's shadow root is still animating (the card's fade-in has finished). */
export function glossAnimationsDone(): boolean {
  const root = document.querySelector('gloss-host')?.shadowRoot;
  return !root || root.getAnimations().every((a) => a.playState !== 'running');
}
