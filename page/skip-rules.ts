// Content that is not prose a reader would want cards on (UX.md complaint 5: cards on code,
// navigation widgets, form fields), or that a reader cannot see.
const SKIPPED_TAGS = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION OPTGROUP DATALIST BUTTON CODE PRE KBD SAMP ' +
    'VAR SVG MATH IFRAME FRAME OBJECT EMBED CANVAS VIDEO AUDIO MAP HEAD TITLE NAV'
  ).split(' '),
);

/**
 * The element's tag name in upper case. HTML elements' names are upper case already (a page has
 * thousands): only other names (XHTML, SVG) are converted.
 */
export function upperTagName(element: Element): string {
  const tag = element.tagName;
  const first = tag.charCodeAt(0);
  return first >= 65 && first <= 90 ? tag : tag.toUpperCase();
}

/** Whether an element's subtree is never read, whatever its styles: code, form fields, editors, ours. */
export function isSkippedElement(element: Element, hostTagName?: string): boolean {
  const tag = upperTagName(element);
  if (SKIPPED_TAGS.has(tag) || tag === hostTagName) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.getAttribute('role') === 'navigation') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

type VisibilityCheck = (options?: { visibilityProperty?: boolean }) => boolean;
// One options object for the thousands of elements of a page.
const VISIBILITY_OPTIONS = { visibilityProperty: true };

/**
 * Whether the element is rendered. Uses `checkVisibility` where the browser has it. jsdom has not,
 * and its getComputedStyle costs about 3 ms an element on a large page (a 5 MB page took 98 s), so
 * there only the inline style is read unless `computedStyle` asks for the full cascade.
 */
export function isVisibleElement(element: Element, computedStyle = false): boolean {
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  const view = element.ownerDocument.defaultView;
  if (typeof check === 'function') {
    if (check.call(element, VISIBILITY_OPTIONS)) return true;
    // checkVisibility() is false for `display: contents`, whose children still render
    // (https://drafts.csswg.org/cssom-view/#dom-element-checkvisibility).
    return view?.getComputedStyle(element).display === 'contents';
  }
  if (!computedStyle && !element.hasAttribute('style')) return true;
  const style =
    computedStyle && typeof view?.getComputedStyle === 'function'
      ? view.getComputedStyle(element)
      : (element as Partial<ElementCSSInlineStyle>).style;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** Whether a node sits inside content Gloss never reads (checked for nodes added after the first scan). */
export function isInsideSkipped(node: Node, hostTagName?: string): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element, hostTagName)) return true;
  }
  return false;
}
