/**
 * Probes for the reader's interactions (card buttons, "Not this?", the panel, focus). Each runs in
 * the page's main world and must be self-contained: the browser gets its source text.
 */

export interface CardProbe {
  id: string | null;
  label: string | null;
  pinned: boolean;
  /** Shown as a bottom sheet (small touch screens) rather than beside the name. */
  sheet: boolean;
  visible: boolean;
  focused: boolean;
  candidates: string[];
  rect: { x: number; y: number; width: number; height: number };
}

export function readCard(): CardProbe | null {
  const root = document.querySelector('gloss-host')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.card[role="dialog"]:not(.panel)');
  if (!root || !card) return null;
  const box = card.getBoundingClientRect();
  return {
    id: card.getAttribute('data-entity-id'),
    label: card.getAttribute('aria-label'),
    pinned: card.classList.contains('pinned'),
    sheet: card.classList.contains('sheet'),
    visible:
      getComputedStyle(card).visibility === 'visible' && box.width > 0 && !card.classList.contains('closing'),
    focused: root.activeElement !== null && card.contains(root.activeElement),
    candidates: [...card.querySelectorAll('[data-candidate-id]')].map(
      (b) => b.getAttribute('data-candidate-id') ?? '',
    ),
    rect: { x: box.left, y: box.top, width: box.width, height: box.height },
  };
}

/** Clicks an element inside the open card (or panel) by selector; false when it is not there. */
export function clickInGloss(selector: string): boolean {
  const element = document.querySelector('gloss-host')?.shadowRoot?.querySelector<HTMLElement>(selector);
  element?.click();
  return element !== null && element !== undefined;
}

export interface PanelProbe {
  open: boolean;
  options: string[];
  active: string | null;
  /** Where focus is: "listbox", "card", or the page element's id / tag. */
  focus: string;
}

export function readPanel(): PanelProbe {
  const host = document.querySelector('gloss-host');
  const root = host?.shadowRoot;
  const panel = root?.querySelector('.panel');
  const options = [...(panel?.querySelectorAll('[role="option"]') ?? [])];
  const active = root?.activeElement ?? null;
  let focus: string;
  if (document.activeElement === host && active) {
    focus =
      active.getAttribute('role') === 'listbox'
        ? 'listbox'
        : active.closest('.card')
          ? 'card'
          : active.tagName;
  } else {
    const element = document.activeElement;
    focus = element?.id ? `#${element.id}` : (element?.tagName ?? 'none');
  }
  return {
    open: panel !== null && panel !== undefined,
    options: options.map((o) => o.getAttribute('data-entity-id') ?? ''),
    active:
      options.find((o) => o.getAttribute('aria-selected') === 'true')?.getAttribute('data-entity-id') ?? null,
    focus,
  };
}

/** Whether the fixture's far-down paragraph (#far) is in the viewport, and what Gloss is flashing. */
export function farOnScreen(): { onScreen: boolean; flash: string | null } {
  const element = document.querySelector('#far');
  const box = element?.getBoundingClientRect();
  const onScreen = !!box && box.bottom > 0 && box.top < window.innerHeight;
  return { onScreen, flash: document.querySelector('gloss-host')?.getAttribute('data-gloss-flash') ?? null };
}

/** Focuses a page element by id (where keyboard focus was before Gloss took it). */
export function focusById(id: string): boolean {
  const element = document.getElementById(id);
  element?.focus();
  return document.activeElement === element;
}

/** The viewport rect of "Moscow" inside the placement fixture's scrolled box, without scrolling anything. */
export function moscowInBox(): {
  x: number;
  y: number;
  width: number;
  height: number;
  scrolled: number;
} | null {
  const box = document.getElementById('box');
  const text = document.getElementById('target')?.firstChild as Text | null;
  const start = text?.data.indexOf('Moscow') ?? -1;
  if (!box || !text || start < 0) return null;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 6);
  const rect = range.getClientRects()[0];
  return rect
    ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height, scrolled: box.scrollTop }
    : null;
}

/** The viewport: its size in CSS px, and how far the page is scrolled (a swipe scrolls it). */
export function readViewport(): { width: number; height: number; clientWidth: number; scrollY: number } {
  return {
    width: innerWidth,
    height: innerHeight,
    clientWidth: document.documentElement.clientWidth,
    scrollY: Math.round(scrollY),
  };
}

/** Zooms the whole page with CSS `zoom` (as a reader's zoom or a site's own zoom would). */
export function zoomPage(factor: string): string {
  document.documentElement.style.zoom = factor;
  return getComputedStyle(document.documentElement).zoom;
}

/**
 * Like `locateText`, for a word where it appears in a given phrase ("Putin" in "Putin was met"):
 * scrolls it to a third of the viewport and gives the rect of its first line, or null.
 */
export function locateWordIn({ word, phrase }: { word: string; phrase: string }): {
  x: number;
  y: number;
  width: number;
  height: number;
} | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    const at = data.indexOf(phrase);
    const start = at < 0 ? -1 : data.indexOf(word, at);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    const before = range.getClientRects()[0];
    if (!before) return null;
    window.scrollBy(0, before.top - window.innerHeight / 3);
    const rect = range.getClientRects()[0] ?? before;
    return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  }
  return null;
}
