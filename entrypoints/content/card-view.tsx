import { render } from 'preact';
import { HoverCard } from '@/components/HoverCard';
import type { HoverCardProps } from '@/components/HoverCard';
import type { CardData } from '@/engine/messages';
import type { Theme } from '@/engine/settings';
import type { RectLike } from '@/page/hit-test';
import { placeCard } from '@/page/placement';
import type { GlossHost } from './gloss-host';
import type { ContextTimers } from './timers';

const FADE_MS = 200;

/** Renders the hover card in the host's shadow root, placed against a mention's line box. */
export class CardView {
  private fadeTimer: number | null = null;
  private shown: HoverCardProps | null = null;

  constructor(
    private readonly timers: ContextTimers,
    private readonly host: GlossHost,
    private readonly onClose: () => void,
  ) {}

  show(card: CardData, anchor: RectLike, theme: Theme): void {
    this.cancelFade();
    const props = { card, theme, onClose: this.onClose };
    // First render invisible to measure the card, then place it (UX.md: flips and gutters).
    render(<HoverCard {...props} position={null} />, this.host.mount);
    const dialog = this.host.mount.querySelector('[role="dialog"]');
    const size = dialog?.getBoundingClientRect() ?? { width: 320, height: 200 };
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const box = {
      left: anchor.left,
      top: anchor.top,
      width: anchor.right - anchor.left,
      height: anchor.bottom - anchor.top,
    };
    const { left, top } = placeCard({
      anchor: box,
      card: { width: size.width, height: size.height },
      viewport,
    });
    this.shown = { ...props, position: { left, top } };
    render(<HoverCard {...this.shown} />, this.host.mount);
  }

  /** Fades the card out, then removes it (at once under reduced motion). */
  hide(): void {
    if (!this.shown || this.fadeTimer !== null) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduced) return this.clear();
    render(<HoverCard {...this.shown} closing />, this.host.mount);
    this.fadeTimer = this.timers.setTimeout(() => this.clear(), FADE_MS);
  }

  clear(): void {
    this.cancelFade();
    this.shown = null;
    render(null, this.host.mount);
  }

  private cancelFade(): void {
    if (this.fadeTimer !== null) this.timers.clearTimeout(this.fadeTimer);
    this.fadeTimer = null;
  }
}
