/** The colour scheme of the page itself, so the card looks native on it (UX.md: light and dark pages). */
export type PageScheme = 'light' | 'dark';

/** Parses `rgb()`/`rgba()` as computed styles give them; null for transparent or anything else. */
export function parseRgb(value: string): [number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The page's own scheme: the painted background of body, else html, by its luminance; a page that
 * paints none shows the canvas, which follows its `color-scheme` and otherwise the reader's
 * prefers-color-scheme. A dark card on a white news site (or the reverse) would look foreign, so
 * "follow the page" wins over the system setting whenever the page says something.
 */
export function pageScheme(doc: Document): PageScheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (rgb) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  if (/\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || prefersDark)) return 'dark';
  if (/\blight\b/.test(scheme)) return 'light';
  return prefersDark ? 'dark' : 'light';
}
