const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date']);

/**
 * Whether the reader is typing: a text field or editor has focus, and Gloss must not react
 * (UX.md complaint 3: keys and cards that clash with typing). Looks through open shadow roots.
 */
export function isTypingTarget(doc: Document): boolean {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return false;
  const tag = active.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((active.getAttribute('type') ?? '').toLowerCase());
  if ((active as HTMLElement).isContentEditable) return true;
  const editable = active.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}
