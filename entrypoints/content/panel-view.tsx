import { render } from 'preact';
import { EntityPanel } from '@/components/EntityPanel';
import type { Translate } from '@/components/translate';
import type { PageEntity } from '@/engine/messages';
import type { GlossHost } from './gloss-host';
import { hostSlot } from './host-slot';
import { FocusReturn } from './focus-return';

/** The entity panel in the host's shadow root; focus goes back where it was when it closes. */
export class PanelView {
  private open = false;
  private readonly focus = new FocusReturn();

  constructor(
    private readonly host: () => GlossHost,
    private readonly t: Translate,
  ) {}

  get isOpen(): boolean {
    return this.open;
  }

  show(entities: readonly PageEntity[], theme: 'light' | 'dark', onOpen: (entity: PageEntity) => void): void {
    if (!this.open) this.focus.save(document);
    this.open = true;
    this.host().ensureAttached();
    const slot = hostSlot(this.host(), 'panel');
    // A fresh panel each time: the selection starts on the first name.
    render(null, slot);
    render(<EntityPanel t={this.t} entities={entities} theme={theme} onOpen={onOpen} />, slot);
  }

  /** Focus back into the list (after a card opened from it closes). */
  refocus(): void {
    hostSlot(this.host(), 'panel').querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }

  close(restoreFocus = true): void {
    if (!this.open) return;
    this.open = false;
    render(null, hostSlot(this.host(), 'panel'));
    if (restoreFocus) this.focus.restore();
    else this.focus.forget();
  }
}
