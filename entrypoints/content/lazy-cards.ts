import type { RectLike } from '@/page/hit-test';
import type { PageMention } from '@/page/mention-index';
import type { CardController, CardControllerDeps, OpenedBy, PointerInput } from './card-controller';

/**
 * The card controller, made when a card may first be wanted: the pointer reaches a name, a tap, the
 * keyboard. Its code (hover intent, the card's life, its buttons) lives in the card UI file with the
 * card's view (./card-ui.ts), so a page where no card opens never parses, compiles or builds it
 * (npm run bench:pages). Until then nothing is open, so there is nothing to close, reset or move.
 */
export class LazyCards {
  private controller: CardController | null = null;
  private loading: Promise<CardController | null> | null = null;
  /** The newest pointer sample over a name while the controller loads: the one to hand it. */
  private pending: PointerInput | null = null;

  constructor(private readonly deps: CardControllerDeps) {}

  get current(): PageMention | null {
    return this.controller?.current ?? null;
  }

  get isSticky(): boolean {
    return this.controller?.isSticky ?? false;
  }

  get isPinned(): boolean {
    return this.controller?.isPinned ?? false;
  }

  setHoverDelay(ms: number): void {
    // A controller made later reads the delay from the settings.
    this.controller?.setHoverDelay(ms);
  }

  pointer(input: PointerInput): void {
    if (this.controller) return this.controller.pointer(input);
    // Moves over no name need no card: they start nothing, but one after a name ends its hover.
    if (!input.target && !this.pending) return;
    this.pending = input;
    void this.load().then((controller) => {
      const latest = this.pending;
      this.pending = null;
      if (controller && latest) controller.pointer(latest);
    });
  }

  async open(mention: PageMention, by: Exclude<OpenedBy, 'hover'>, line?: RectLike): Promise<void> {
    this.pending = null;
    const controller = await this.load();
    await controller?.open(mention, by, line);
  }

  /** Esc: true when it closed a card or ended a hover. */
  escape(): boolean {
    const hovering = this.pending !== null;
    this.pending = null;
    return this.controller?.escape() ?? hovering;
  }

  scrolled(): void {
    // A hover that had not shown its card yet ends when the page moves, as the controller's own does.
    this.pending = null;
    this.controller?.scrolled();
  }

  close(): void {
    this.pending = null;
    this.controller?.close();
  }

  reset(): void {
    this.pending = null;
    this.controller?.reset();
  }

  /** The controller, made once from the card UI file; null (reported) when that cannot load, tried again next time. */
  private load(): Promise<CardController | null> {
    if (this.controller) return Promise.resolve(this.controller);
    return (this.loading ??= this.deps.loadUi().then(
      (ui) => (this.controller ??= new ui.CardController(this.deps)),
      (error: unknown) => {
        this.loading = null;
        console.warn('Gloss: the card could not load', error);
        return null;
      },
    ));
  }
}
