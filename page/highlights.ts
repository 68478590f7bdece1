import type { HighlightStyle } from '../engine/settings';
import type { EntityType } from '../engine/types';
import { ENTITY_TYPES } from '../engine/types';
import { FLASH_HIGHLIGHT } from './flash';

/** Name of the CSS highlight for a type (read by the end-to-end tests from `CSS.highlights`). */
export function highlightName(type: EntityType): string {
  return `gloss-${type}`;
}

// Mid-tone colours that keep enough contrast on both white and near-black pages (each at least 3:1
// against #fff and against #121212 as an underline; as a background they are laid on at low alpha).
const TYPE_COLOURS: Readonly<Record<EntityType, readonly [number, number, number]>> = {
  person: [232, 89, 12],
  place: [28, 126, 214],
  organisation: [174, 62, 201],
  event: [47, 158, 68],
  other: [134, 142, 150],
};

const rgb = ([r, g, b]: readonly number[], alpha = 1) => `rgba(${r}, ${g}, ${b}, ${alpha})`;

/**
 * The ::highlight() rules for a style: a thin dotted underline in each type's colour (default), a
 * soft background of that colour, or nothing at all (mentions still open cards on hover). The
 * popup's "scroll to it" flash is always styled.
 */
export function highlightCss(style: HighlightStyle = 'underline'): string {
  const rules = ENTITY_TYPES.map((type) => {
    const colour = TYPE_COLOURS[type];
    if (style === 'background')
      return `::highlight(${highlightName(type)}) { background-color: ${rgb(colour, 0.22)}; }`;
    if (style === 'none') return '';
    return `::highlight(${highlightName(type)}) { text-decoration: underline dotted ${rgb(colour)} 2px; }`;
  });
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 200, 0, 0.6); color: #000; }`);
  return rules.filter(Boolean).join('\n');
}

export interface HighlightRegistry {
  /** False where the browser has no CSS Custom Highlight API (jsdom, old browsers): hover still works. */
  readonly supported: boolean;
  add(type: EntityType, range: Range): void;
  remove(type: EntityType, range: Range): void;
  clear(): void;
  /** Removes Gloss's highlights from the page's registry for good. */
  dispose(): void;
}

type HighlightCtor = new (...ranges: Range[]) => Highlight;
type CssHighlights = Pick<Map<string, Highlight>, 'set' | 'delete' | 'get'>;

function highlightApi(view: Window | null): { registry: CssHighlights; ctor: HighlightCtor } | null {
  const globals = view as
    (Window & { CSS?: { highlights?: CssHighlights }; Highlight?: HighlightCtor }) | null;
  const css = globals?.CSS;
  const ctor = globals?.Highlight;
  return css?.highlights && typeof ctor === 'function' ? { registry: css.highlights, ctor } : null;
}

/** One `Highlight` per entity type in the document's `CSS.highlights`, named `gloss-<type>`. */
export function createHighlightRegistry(doc: Document): HighlightRegistry {
  const api = highlightApi(doc.defaultView);
  if (!api) {
    return { supported: false, add() {}, remove() {}, clear() {}, dispose() {} };
  }
  const byType = new Map<EntityType, Highlight>();
  const highlightFor = (type: EntityType): Highlight => {
    let highlight = byType.get(type);
    if (!highlight) {
      highlight = new api.ctor();
      byType.set(type, highlight);
      api.registry.set(highlightName(type), highlight);
    }
    return highlight;
  };
  return {
    supported: true,
    add: (type, range) => void highlightFor(type).add(range),
    remove: (type, range) => void byType.get(type)?.delete(range),
    clear: () => byType.forEach((highlight) => highlight.clear()),
    dispose: () => {
      for (const type of byType.keys()) api.registry.delete(highlightName(type));
      byType.clear();
    },
  };
}
