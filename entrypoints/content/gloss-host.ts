import { HOVER_CARD_CSS } from '@/components/HoverCard';

export const HOST_TAG = 'gloss-host';

/** The one element Gloss adds to a page: the host of the shadow root its card lives in. */
export interface GlossHost {
  element: HTMLElement;
  /** Where Preact renders the card, inside the open shadow root (made on first use). */
  readonly mount: HTMLElement;
  setMentionCount(count: number): void;
  setState(state: 'scanning' | 'ready' | 'off'): void;
  /** Puts the host back if the page removed it (some apps rebuild the whole document). */
  ensureAttached(): void;
  remove(): void;
}

// `all: initial` first so the page's styles cannot reach the host; the 0×0 fixed box never covers
// the page, and only the card inside takes pointer events. Every declaration is `!important`: an
// inline important declaration beats any page rule, even `* { letter-spacing: 9px !important }`,
// which would otherwise be inherited into the card.
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'pointer-events: none',
]
  .map((declaration) => `${declaration} !important;`)
  .join(' ');

export function createGlossHost(doc: Document): GlossHost {
  const element = doc.createElement(HOST_TAG);
  element.setAttribute('style', HOST_STYLE);
  element.setAttribute('data-gloss-mentions', '0');
  const shadow = element.attachShadow({ mode: 'open' });
  doc.documentElement.append(element);
  // The card's styles and mount go in when a card or the panel first needs them: a page where no card
  // opens never pays for parsing the card's style sheet (npm run bench:pages counts Gloss's start).
  let mount: HTMLElement | null = null;
  const createMount = () => {
    const style = doc.createElement('style');
    style.textContent = HOVER_CARD_CSS;
    const div = doc.createElement('div');
    shadow.append(style, div);
    return div;
  };
  return {
    element,
    get mount() {
      return (mount ??= createMount());
    },
    setMentionCount: (count) => element.setAttribute('data-gloss-mentions', String(count)),
    setState: (state) => element.setAttribute('data-gloss-state', state),
    ensureAttached: () => {
      if (!element.isConnected) doc.documentElement.append(element);
    },
    remove: () => element.remove(),
  };
}
