import type { EntityType } from '../engine/types';
import { ENTITY_TYPES } from '../engine/types';

/** Name of the CSS highlight for a type (read by the end-to-end tests from `CSS.highlights`). */
export function highlightName(type: EntityType): string {
  return `gloss-${type}`;
}

// Mid-tone colours that keep enough contrast on both white and near-black pages.
const TYPE_COLOURS: Readonly<Record<EntityType, string>> = {
  person: '#e8590c',
  place: '#1c7ed6',
  organisation: '#9c36b5',
  event: '#2f9e44',
  other: '#868e96',
};

/** The ::highlight() rules: a thin dotted underline in each type's colour. */
export function highlightCss(): string {
  return ENTITY_TYPES.map(
    (type) =>
      `::highlight(${highlightName(type)}) { text-decoration: underline dotted ${TYPE_COLOURS[type]} 2px; }`,
  ).join('\n');
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
