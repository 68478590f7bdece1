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
  return upperTag(element.tagName);
}

/** A tag name in upper case, for a caller that has read `tagName` already. */
export function upperTag(tag: string): string {
  const first = tag.charCodeAt(0);
  return first >= 65 && first <= 90 ? tag : tag.toUpperCase();
}

/** Whether an element's subtree is never read, whatever its styles: code, form fields, editors, ours. */
export function isSkippedElement(element: Element, hostTagName?: string): boolean {
  const tag = upperTagName(element);
  return isSkippedTag(tag, hostTagName) || isSkippedByAttributes(element);
}

/** Whether elements of this tag (upper case) are never read. */
export function isSkippedTag(upperTag: string, hostTagName?: string): boolean {
  return SKIPPED_TAGS.has(upperTag) || upperTag === hostTagName;
}

/**
 * Whether an element is skipped for its attributes: hidden, aria-hidden, navigation role or an editor. The attribute names come in one call and are
 * looked at here: most elements carry only a class, and asking the DOM for each of the four
 * attributes cost four calls per element. Names compare exactly as `getAttribute` does (HTML
 * attribute names are lower case already).
 */
export function isSkippedByAttributes(element: Element): boolean {
  const names = element.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === 'hidden') return true;
    if (name === 'aria-hidden' && element.getAttribute(name) === 'true') return true;
    if (name === 'role' && element.getAttribute(name) === 'navigation') return true;
    if (name === 'contenteditable' && (element.getAttribute(name) as string).toLowerCase() !== 'false')
      return true;
  }
  return false;
}

type VisibilityCheck = (options?: CheckVisibilityOptions) => boolean;
// One options object for the thousands of elements of a page, with every member the browser reads
// set: converting it then finds each member on the object itself instead of looking up its
// prototype chain for the absent ones. That made each call about a third cheaper in Chromium
// (npm run bench:pages).
const VISIBILITY_OPTIONS: CheckVisibilityOptions = {
  checkOpacity: false,
  checkVisibilityCSS: false,
  contentVisibilityAuto: false,
  opacityProperty: false,
  visibilityProperty: true,
};

/**
 * Whether the element is rendered. Uses `checkVisibility` where the browser has it. jsdom has not,
 * and its getComputedStyle costs about 3 ms an element on a large page (a 5 MB page took 98 s), so
 * there only the inline style is read unless `computedStyle` asks for the full cascade.
 */
export function isVisibleElement(element: Element, computedStyle = false): boolean {
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') {
    if (check.call(element, VISIBILITY_OPTIONS)) return true;
    // checkVisibility() is false for `display: contents`, whose children still render
    // (https://drafts.csswg.org/cssom-view/#dom-element-checkvisibility).
    return element.ownerDocument.defaultView?.getComputedStyle(element).display === 'contents';
  }
  if (!computedStyle && !element.hasAttribute('style')) return true;
  const view = element.ownerDocument.defaultView;
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
