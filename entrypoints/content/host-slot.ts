import { HOVER_CARD_CSS } from '@/components/HoverCard';
import type { GlossHost } from './gloss-host';

/**
 * A container of its own inside the host's shadow root, so the card and the entity panel render
 * independently (one Preact root each) and never replace each other.
 */
export function hostSlot(host: GlossHost, name: 'card' | 'panel'): HTMLElement {
  const mount = host.mount(HOVER_CARD_CSS);
  for (const child of mount.children)
    if (child.getAttribute('data-slot') === name) return child as HTMLElement;
  const slot = mount.ownerDocument.createElement('div');
  slot.setAttribute('data-slot', name);
  mount.append(slot);
  return slot;
}
