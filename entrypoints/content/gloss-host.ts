export const HOST_TAG = 'gloss-host';

/** The one element Gloss adds to a page: the host of the shadow root its card lives in. */
export interface GlossHost {
  element: HTMLElement;
  /**
   * Where Preact renders the card and the panel, inside the open shadow root, made on first use with
   * `css` as its style sheet. The styles come from the card's own module (loaded when a card is first
   * needed), so a page where no card opens never loads or parses them (npm run bench:pages).
   */
  mount(css: string): HTMLElement;
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
  let mount: HTMLElement | null = null;
  const createMount = (css: string) => {
    const style = doc.createElement('style');
    style.textContent = css;
    const div = doc.createElement('div');
    shadow.append(style, div);
    return div;
  };
  return {
    element,
    mount: (css) => (mount ??= createMount(css)),
    setMentionCount: (count) => element.setAttribute('data-gloss-mentions', String(count)),
    setState: (state) => element.setAttribute('data-gloss-state', state),
    ensureAttached: () => {
      if (!element.isConnected) doc.documentElement.append(element);
    },
    remove: () => element.remove(),
  };
}
