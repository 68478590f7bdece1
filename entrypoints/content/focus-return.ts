/** The element with focus, looking into open shadow roots (Gloss's own included). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Remembers where focus was before Gloss took it, and gives it back when the card or panel closes. */
export class FocusReturn {
  private saved: Element | null = null;

  save(doc: Document): void {
    this.saved = deepActiveElement(doc);
  }

  /** Puts focus back (if the element is still there); forgets it either way. */
  restore(): void {
    const saved = this.saved as HTMLElement | null;
    this.saved = null;
    if (saved?.isConnected && typeof saved.focus === 'function') saved.focus({ preventScroll: true });
  }

  forget(): void {
    this.saved = null;
  }
}
