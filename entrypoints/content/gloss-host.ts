import { HOVER_CARD_CSS } from '@/components/HoverCard';

export const HOST_TAG = 'gloss-host';

/** The one element Gloss adds to a page: the host of the shadow root its card lives in. */
export interface GlossHost {
  element: HTMLElement;
  /** Where Preact renders the card, inside the open shadow root. */
  mount: HTMLElement;
  setMentionCount(count: number): void;
  setState(state: 'scanning' | 'ready' | 'off'): void;
  /** Puts the host back if the page removed it (some apps rebuild the whole document). */
  ensureAttached(): void;
  remove(): void;
}

// `all: initial` first so the page's styles cannot reach the host; the 0×0 fixed box never covers
// the page, and only the card inside takes pointer events.
const HOST_STYLE =
  'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; ' +
  'z-index: 2147483647; pointer-events: none;';

export function createGlossHost(doc: Document): GlossHost {
  const element = doc.createElement(HOST_TAG);
  element.setAttribute('style', HOST_STYLE);
  element.setAttribute('data-gloss-mentions', '0');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOVER_CARD_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(element);
  return {
    element,
    mount,
    setMentionCount: (count) => element.setAttribute('data-gloss-mentions', String(count)),
    setState: (state) => element.setAttribute('data-gloss-state', state),
    ensureAttached: () => {
      if (!element.isConnected) doc.documentElement.append(element);
    },
    remove: () => element.remove(),
  };
}
