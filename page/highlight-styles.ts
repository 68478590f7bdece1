import type { HighlightStyle } from '../engine/settings';
import { highlightCss } from './highlights';

/**
 * Puts the ::highlight() rules into the page's document styles, where they must live: rules in a
 * shadow root only style that shadow tree's text (https://drafts.csswg.org/css-highlight-api-1/).
 *
 * First choice: a constructed sheet in `document.adoptedStyleSheets`, which adds no element and is
 * not subject to the page's CSP (checked in Chromium 156 and Firefox ESR 153 content scripts). Some
 * Firefox versions throw when a content script assigns that array
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1928865, 1770592): the fallback is then a <style> as
 * a light-DOM child of Gloss's own host element, still document-level, and no page element is touched.
 * Returns the installed rules, which a new style replaces in place (the highlights stay registered).
 */
export function installHighlightStyles(doc: Document, host: Element, look?: HighlightStyle): HighlightStyles {
  const css = highlightCss(look);
  const adopted = adoptSheet(doc, css);
  if (adopted) return adopted;
  const style = doc.createElement('style');
  style.textContent = css;
  host.appendChild(style);
  return {
    restyle: (next) => void (style.textContent = highlightCss(next)),
    remove: () => style.remove(),
  };
}

/** The ::highlight() rules Gloss put into a document. */
export interface HighlightStyles {
  /** Swaps the rules for another style's: the page repaints, nothing is read or annotated again. */
  restyle(look: HighlightStyle): void;
  remove(): void;
}

function adoptSheet(doc: Document, css: string): HighlightStyles | null {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  if (!view?.CSSStyleSheet || !doc.adoptedStyleSheets) return null;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return {
      restyle: (next) => sheet.replaceSync(highlightCss(next)),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
      },
    };
  } catch {
    return null;
  }
}
