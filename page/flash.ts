/** The highlight name of the brief flash on a mention the popup revealed. */
export const FLASH_HIGHLIGHT = 'gloss-flash';
export const FLASH_MS = 1500;

type HighlightCtor = new (...ranges: Range[]) => Highlight;

/**
 * Flashes a range for a moment through the CSS Custom Highlight API (the page's DOM is not
 * touched). Returns a function that ends the flash early; a no-op where the API is missing.
 */
export function flashRange(doc: Document, range: Range): () => void {
  const view = doc.defaultView as
    (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Map<string, Highlight> } }) | null;
  const registry = view?.CSS?.highlights;
  if (!registry || typeof view?.Highlight !== 'function') return () => {};
  const highlight = new view.Highlight(range);
  registry.set(FLASH_HIGHLIGHT, highlight);
  return () => {
    if (registry.get(FLASH_HIGHLIGHT) === highlight) registry.delete(FLASH_HIGHLIGHT);
  };
}
