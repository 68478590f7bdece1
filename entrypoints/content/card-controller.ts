import type { Translate } from '@/components/translate';
import type { Candidate } from '@/engine/messages';
import { parseCandidatesResponse } from '@/engine/messages';
import type { Settings } from '@/engine/settings';
import { sendToBackground } from '@/extension/messaging';
import { firstLineOf } from '@/page/line-box';
import type { RectLike } from '@/page/hit-test';
import { HoverIntent } from '@/page/hover-intent';
import type { PageMention } from '@/page/mention-index';
import { pageScheme } from '@/page/page-theme';
import { isTowardCard } from '@/page/safe-path';
import { withHiddenName, withSiteOff } from './card-actions';
import { CardCache } from './card-cache';
import type { LoadCardUi } from './card-ui-loader';
import type { CardView } from './card-view';
import type { SiteChoices } from './choices';
import { FocusReturn } from './focus-return';
import type { GlossHost } from './gloss-host';
import type { ContextTimers } from './timers';

/** UX.md: small touch screens get a bottom sheet. */
const SHEET_MAX_WIDTH = 768;

/** How a card was opened: hover cards follow the pointer; the others stay until closed. */
export type OpenedBy = 'hover' | 'keyboard' | 'touch';

export interface CardControllerDeps {
  timers: ContextTimers;
  t: Translate;
  host: () => GlossHost;
  settings: () => Settings;
  hostname: string;
  choices: SiteChoices;
  saveSettings: (settings: Settings) => Promise<void>;
  /** The card's UI module, loaded on first need (./card-ui-loader.ts). */
  loadUi: LoadCardUi;
  /** Mentions were relinked to the reader's choice: the page re-highlights them. */
  onRelinked: () => void;
}

/** One pointer sample from the page, with the mention under it already hit-tested. */
export interface PointerInput {
  x: number;
  y: number;
  time: number;
  target: PageMention | null;
  line: RectLike | null;
  overCard: boolean;
  blocked: boolean;
}

/** The card's life: hover intent, pinning, keyboard and touch opening, and the card's own buttons. */
export class CardController {
  private readonly intent: HoverIntent<PageMention>;
  /** The card's view, once its UI module has loaded: until then no card has been shown. */
  private view: CardView | null = null;
  private viewReady: Promise<CardView | null> | null = null;
  private readonly cache = new CardCache();
  private readonly focus = new FocusReturn();
  private mention: PageMention | null = null;
  private sticky: 'pinned' | 'keyboard' | 'touch' | null = null;
  private lastLine: { mention: PageMention; line: RectLike } | null = null;
  private candidatesOpen = false;

  constructor(private readonly deps: CardControllerDeps) {
    const { timers } = deps;
    this.intent = new HoverIntent<PageMention>({
      hoverDelayMs: deps.settings().hoverDelayMs,
      clock: { setTimeout: timers.setTimeout, clearTimeout: (id) => timers.clearTimeout(id as number) },
      towardCard: (from, to) => {
        const rect = this.view?.element?.getBoundingClientRect();
        return rect ? isTowardCard(from, to, rect) : false;
      },
      onLookup: (mention) => void this.cache.get(mention.entityId),
      onShow: (mention) => void this.show(mention, 'hover'),
      onHide: () => {
        if (this.sticky === null) this.dismiss();
      },
    });
  }

  /** Loads the card's UI (once) and makes its view; null, reported, when the module cannot load. */
  private loadView(): Promise<CardView | null> {
    const { timers, host, t, loadUi } = this.deps;
    const make = (ui: Awaited<ReturnType<LoadCardUi>>) =>
      (this.view ??= new ui.CardView(timers, host, t, {
        onClose: () => this.close(),
        onPin: () => this.togglePin(),
        onNotThis: () => void this.toggleCandidates(),
        onChoose: (candidate) => void this.choose(candidate),
        onHideName: () => void this.hideName(),
        onSiteOff: () => void this.siteOff(),
      }));
    return (this.viewReady ??= loadUi().then(make, (error: unknown) => {
      // Tried again at the next card.
      this.viewReady = null;
      console.warn('Gloss: the card could not load', error);
      return null;
    }));
  }

  get current(): PageMention | null {
    return this.mention;
  }

  get isSticky(): boolean {
    return this.sticky !== null;
  }

  get isPinned(): boolean {
    return this.sticky === 'pinned';
  }

  setHoverDelay(ms: number): void {
    this.intent.setHoverDelay(ms);
  }

  pointer(input: PointerInput): void {
    if (input.target && input.line) this.lastLine = { mention: input.target, line: input.line };
    // A pinned card (or one opened by keyboard or touch) stays until closed: hovering opens no other.
    if (this.sticky !== null) return;
    // Hover intent begins: the card's UI starts loading now, so the hover delay hides the load.
    if (input.target && !this.viewReady) void this.loadView();
    this.intent.pointer({ ...input, target: input.target });
    // An unpinned card whose hover has ended goes once the pointer is elsewhere.
    if (this.mention && this.intent.current === null && !input.overCard && !input.target) this.dismiss();
  }

  /** Opens the card for a mention at once (keyboard, touch), focused when by keyboard. */
  async open(mention: PageMention, by: Exclude<OpenedBy, 'hover'>, line?: RectLike): Promise<void> {
    this.intent.close();
    this.lastLine = line ? { mention, line } : null;
    if (by === 'keyboard') this.focus.save(document);
    this.sticky = by;
    await this.show(mention, by);
    if (by === 'keyboard') this.view?.element?.focus();
  }

  /** Esc: closes the card; true when there was one. */
  escape(): boolean {
    if (!this.mention) return this.intent.escape();
    if (this.sticky === null) this.intent.escape();
    this.close();
    return true;
  }

  /** The page scrolled: a hover card would float away from its name; a sticky one follows it. */
  scrolled(): void {
    // The line box under the pointer moved with the page: place by the Range from now on.
    this.lastLine = null;
    if (this.sticky !== null) void this.view?.reposition();
    // Only a shown card closes: a name the pointer rests on may still open once the page settles.
    else if (this.mention) this.intent.close();
  }

  /** Closes the card now and gives focus back where it was. */
  close(): void {
    this.sticky = null;
    this.intent.close();
    this.dismiss();
    this.view?.clear();
    this.focus.restore();
  }

  /** Drops the card without giving focus back (Gloss switched off, the mention left the page). */
  reset(): void {
    this.sticky = null;
    this.intent.close();
    this.mention = null;
    this.view?.clear();
    this.focus.forget();
  }

  private dismiss(): void {
    this.mention = null;
    this.candidatesOpen = false;
    this.view?.hide();
  }

  private theme(): 'light' | 'dark' {
    const theme = this.deps.settings().theme;
    return theme === 'auto' ? pageScheme(document) : theme;
  }

  private lineOf(mention: PageMention): RectLike {
    if (this.lastLine?.mention === mention) return this.lastLine.line;
    return firstLineOf(mention.range);
  }

  private async show(mention: PageMention, by: OpenedBy): Promise<void> {
    // The card's data and its UI load side by side (both are usually ready by the end of the hover delay).
    const [card, view] = await Promise.all([this.cache.get(mention.entityId), this.loadView()]);
    const wanted = by === 'hover' ? this.intent.current === mention : this.sticky !== null;
    if (!card || !view || !wanted) return;
    this.mention = mention;
    this.candidatesOpen = false;
    this.deps.host().ensureAttached();
    const sheet = by === 'touch' && window.innerWidth <= SHEET_MAX_WIDTH;
    const anchor = { line: this.lineOf(mention), range: mention.range };
    await view.show(card, anchor, { theme: this.theme(), sheet, pinned: this.sticky === 'pinned' });
  }

  private togglePin(): void {
    if (!this.mention) return;
    this.sticky = this.sticky === 'pinned' ? null : 'pinned';
    // The hover that opened the card no longer owns it while pinned.
    if (this.sticky === 'pinned') this.intent.close();
    this.view?.update({ pinned: this.sticky === 'pinned' });
  }

  private async toggleCandidates(): Promise<void> {
    const mention = this.mention;
    if (!mention) return;
    this.candidatesOpen = !this.candidatesOpen;
    if (!this.candidatesOpen) return this.view?.update({ candidates: undefined });
    this.view?.update({ candidates: 'loading' });
    let candidates: Candidate[] = [];
    try {
      const answer = await sendToBackground<unknown>({ type: 'candidates', surface: mention.surface });
      candidates = parseCandidatesResponse(answer).filter((c) => c.id !== mention.entityId);
    } catch (error) {
      console.warn('Gloss: the background gave no candidates', error);
    }
    if (this.mention === mention && this.candidatesOpen) this.view?.update({ candidates });
  }

  private async choose(candidate: Candidate): Promise<void> {
    const mention = this.mention;
    if (!mention) return;
    await this.deps.choices.choose(mention.surface, candidate);
    this.deps.onRelinked();
    // The card now shows the chosen entity; it stays open (as a sticky card) for the reader to read.
    if (this.sticky === null) this.sticky = 'keyboard';
    this.intent.close();
    await this.show(mention, 'keyboard');
  }

  private async hideName(): Promise<void> {
    const mention = this.mention;
    const card = this.view?.card;
    if (!mention || !card) return;
    this.close();
    // The card's name: every mention of the entity is hidden, however the page writes it.
    await this.deps.saveSettings(withHiddenName(this.deps.settings(), card.name));
  }

  private async siteOff(): Promise<void> {
    this.close();
    await this.deps.saveSettings(withSiteOff(this.deps.settings(), this.deps.hostname));
  }
}
