import { render } from 'preact';
import { HoverCard } from '@/components/HoverCard';
import type { CardActions, HoverCardProps } from '@/components/HoverCard';
import type { Translate } from '@/components/translate';
import type { Candidate, CardData } from '@/engine/messages';
import { floatCard, mentionReference } from '@/page/float';
import { firstLineOf } from '@/page/line-box';
import type { RectLike } from '@/page/hit-test';
import type { GlossHost } from './gloss-host';
import { hostSlot } from './host-slot';
import type { ContextTimers } from './timers';

const FADE_MS = 200;

export interface ShowOptions {
  theme: 'light' | 'dark';
  sheet: boolean;
  pinned: boolean;
}

/** What a card is placed against: the line box under the pointer and the mention's Range. */
export interface Anchor {
  line: RectLike;
  range?: Range;
}

type Shown = Omit<HoverCardProps, keyof CardActions | 't'>;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Renders the card in the host's shadow root, placed against a mention with floating-ui. */
export class CardView {
  private fadeTimer: number | null = null;
  private shown: Shown | null = null;
  private anchor: Anchor | null = null;
  private ticket = 0;

  constructor(
    private readonly timers: ContextTimers,
    private readonly host: () => GlossHost,
    private readonly t: Translate,
    private readonly actions: CardActions,
  ) {}

  get card(): CardData | null {
    return this.shown?.card ?? null;
  }

  /** The dialog element while a card is shown. */
  get element(): HTMLElement | null {
    return this.shown
      ? hostSlot(this.host(), 'card').querySelector<HTMLElement>('.card[role="dialog"]')
      : null;
  }

  async show(card: CardData, anchor: Anchor, options: ShowOptions): Promise<void> {
    this.cancelFade();
    const ticket = ++this.ticket;
    this.anchor = anchor;
    // First render invisible to measure the card, then place it (flip, shift, offset).
    this.shown = { card, theme: options.theme, sheet: options.sheet, pinned: options.pinned, position: null };
    this.render();
    if (!options.sheet) await this.place(ticket);
  }

  /** Re-renders the shown card with changes (pinned, the "Not this?" list). */
  update(patch: { pinned?: boolean; candidates?: readonly Candidate[] | 'loading' | undefined }): void {
    if (!this.shown) return;
    this.shown = { ...this.shown, ...patch };
    this.render();
  }

  /** Places the card against its mention again (a pinned card follows the page as it scrolls). */
  async reposition(): Promise<void> {
    if (this.shown && !this.shown.sheet && this.anchor?.range) {
      this.anchor = { ...this.anchor, line: firstLineOf(this.anchor.range) };
      await this.place(this.ticket);
    }
  }

  /** Fades the card out, then removes it (at once under reduced motion). */
  hide(): void {
    if (!this.shown || this.fadeTimer !== null) return;
    if (reducedMotion()) return this.clear();
    this.shown = { ...this.shown, closing: true };
    this.render();
    this.fadeTimer = this.timers.setTimeout(() => this.clear(), FADE_MS);
  }

  clear(): void {
    this.cancelFade();
    this.ticket++;
    this.shown = null;
    this.anchor = null;
    render(null, hostSlot(this.host(), 'card'));
  }

  private async place(ticket: number): Promise<void> {
    const element = this.element;
    if (!element || !this.anchor) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const position = await floatCard(
      mentionReference(this.anchor.line, this.anchor.range),
      element,
      viewport,
    );
    if (ticket !== this.ticket || !this.shown) return;
    this.shown = { ...this.shown, position: unzoomed(position, this.host().element) };
    this.render();
  }

  private render(): void {
    if (!this.shown) return;
    render(<HoverCard {...this.shown} {...this.actions} t={this.t} />, hostSlot(this.host(), 'card'));
  }

  private cancelFade(): void {
    if (this.fadeTimer !== null) this.timers.clearTimeout(this.fadeTimer);
    this.fadeTimer = null;
  }
}

/**
 * The card's position in its host's own px. On a page zoomed with CSS `zoom`, the host (a child of
 * the zoomed root) scales whatever it holds, so a viewport position must be divided by that zoom or
 * the card lands at 1.5 times the name's place on a page zoomed to 150%.
 */
function unzoomed(position: { left: number; top: number }, host: HTMLElement) {
  const zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  if (!(zoom > 0) || zoom === 1) return position;
  return { left: Math.round(position.left / zoom), top: Math.round(position.top / zoom) };
}
