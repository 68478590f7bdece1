import type { GlossHost } from './gloss-host';

/**
 * A container of its own inside the host's shadow root, so the card and the entity panel render
 * independently (one Preact root each) and never replace each other.
 */
export function hostSlot(host: GlossHost, name: 'card' | 'panel'): HTMLElement {
  for (const child of host.mount.children)
    if (child.getAttribute('data-slot') === name) return child as HTMLElement;
  const slot = host.mount.ownerDocument.createElement('div');
  slot.setAttribute('data-slot', name);
  host.mount.append(slot);
  return slot;
}
