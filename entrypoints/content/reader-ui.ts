import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Translate } from '@/components/translate';
import type { PageEntity } from '@/engine/messages';
import type { Settings } from '@/engine/settings';
import type { SiteChoiceMap } from '@/extension/choices-storage';
import { flashRange, FLASH_MS } from '@/page/flash';
import { firstMentions, mentionInSelection } from '@/page/first-mentions';
import { isTypingTarget } from '@/page/focus';
import { mentionAtPoint } from '@/page/hit-test';
import type { MentionLayer } from '@/page/mention-layer';
import type { PageMention } from '@/page/mention-index';
import { pageScheme } from '@/page/page-theme';
import type { LoadCardUi } from './card-ui-loader';
import { SiteChoices } from './choices';
import type { GlossHost } from './gloss-host';
import { LazyCards } from './lazy-cards';
import type { PanelView } from './panel-view';
import { listenToPointer } from './pointer';
import type { ContextTimers } from './timers';

export interface ReaderUiDeps {
  ctx: ContentScriptContext;
  timers: ContextTimers;
  t: Translate;
  host: () => GlossHost;
  /** The session's mentions, or null while Gloss is off on this page. */
  layer: () => MentionLayer | null;
  settings: () => Settings;
  saveSettings: (settings: Settings) => Promise<void>;
  /** The card and panel UI module, loaded on first need (./card-ui-loader.ts). */
  loadUi: LoadCardUi;
  /** The site's remembered "Not this?" choices, as read from storage when the page started. */
  storedChoices: Promise<SiteChoiceMap>;
  /** The reader chose another entity for a name: re-highlight. */
  onRelinked: () => void;
}

/** Everything the reader does with Gloss on a page: hover, touch, keyboard, the panel and "reveal". */
export class ReaderUi {
  readonly cards: LazyCards;
  readonly choices: SiteChoices;
  /** The panel's view, once the UI module has loaded (the panel was asked for). */
  private panel: PanelView | null = null;
  /** Counts panel requests: an Esc or a reset while the UI loads cancels the opening. */
  private panelTicket = 0;
  private endFlash: () => void = () => {};

  constructor(private readonly deps: ReaderUiDeps) {
    this.choices = new SiteChoices(deps.ctx, location.hostname, deps.storedChoices, () => this.relink());
    // A choice made on the card relinks the page's mentions at once, not only when storage reports it.
    this.cards = new LazyCards({
      ...deps,
      hostname: location.hostname,
      choices: this.choices,
      onRelinked: () => void this.relink(),
    });
    listenToPointer(deps.ctx, deps.timers, document, {
      onMove: (event) => this.onMove(event),
      onEscape: () => this.escape(),
      onScroll: (target) => {
        if (target !== this.hostElement()) this.cards.scrolled();
      },
      onTap: (event) => void this.onTap(event),
      onPress: (event) => {
        if (event.target !== this.hostElement() && this.cards.isSticky && !this.cards.isPinned)
          this.cards.close();
      },
    });
  }

  /** Applies remembered choices to the mentions on the page; true when any changed. */
  relink(): boolean {
    const layer = this.deps.layer();
    if (!layer || !this.choices.relinkMentions(layer.index.mentions())) return false;
    this.deps.onRelinked();
    return true;
  }

  /** Gloss switched off here (or the page changed under the card): no card, no panel. */
  reset(): void {
    this.cards.reset();
    this.panelTicket++;
    this.panel?.close(false);
    this.endFlash();
  }

  /** The popup's "scroll to it": the entity's first mention, scrolled into view and flashed. */
  reveal(id: string): boolean {
    const layer = this.deps.layer();
    const found =
      layer && firstMentions(layer.index.mentions(), layer.isShown).find((e) => e.entity.id === id);
    if (!found) return false;
    scrollToRange(found.first.range);
    this.endFlash();
    const host = this.deps.host();
    host.element.setAttribute('data-gloss-flash', id);
    const end = flashRange(document, found.first.range);
    const timer = this.deps.timers.setTimeout(() => this.endFlash(), FLASH_MS);
    this.endFlash = () => {
      end();
      this.deps.timers.clearTimeout(timer);
      host.element.removeAttribute('data-gloss-flash');
      this.endFlash = () => {};
    };
    return true;
  }

  /** The "open-panel" command: the card of a selected name, else the panel; never while typing. */
  openPanel(): boolean {
    const layer = this.deps.layer();
    if (!layer || isTypingTarget(document)) return false;
    const selected = mentionInSelection(document.getSelection(), (node, offset) =>
      layer.index.at(node, offset, layer.isShown),
    );
    if (selected) {
      void this.cards.open(selected, 'keyboard');
      return true;
    }
    const entries = firstMentions(layer.index.mentions(), layer.isShown);
    const firsts = new Map(entries.map(({ entity, first }) => [entity.id, first]));
    const open = (entity: PageEntity) => {
      const first = firsts.get(entity.id);
      if (first) void this.openFromPanel(first);
    };
    void this.showPanel(
      entries.map((entry) => entry.entity),
      open,
    );
    return true;
  }

  /** Shows the panel once its UI has loaded, unless Esc or a reset came first. */
  private async showPanel(entities: PageEntity[], open: (entity: PageEntity) => void): Promise<void> {
    const ticket = ++this.panelTicket;
    let panel: PanelView;
    try {
      const ui = await this.deps.loadUi();
      panel = this.panel ??= new ui.PanelView(this.deps.host, this.deps.t);
    } catch (error) {
      console.warn('Gloss: the panel could not load', error);
      return;
    }
    if (ticket === this.panelTicket && this.deps.layer()) panel.show(entities, this.theme(), open);
  }

  private async openFromPanel(mention: PageMention): Promise<void> {
    scrollToRange(mention.range);
    await this.cards.open(mention, 'keyboard');
  }

  private escape(): void {
    if (this.cards.current) {
      this.cards.escape();
      if (this.panel?.isOpen) this.panel.refocus();
      return;
    }
    if (this.panel?.isOpen) this.panel.close();
    else {
      this.panelTicket++;
      this.cards.escape();
    }
  }

  private theme(): 'light' | 'dark' {
    const theme = this.deps.settings().theme;
    return theme === 'auto' ? pageScheme(document) : theme;
  }

  private hostElement(): HTMLElement {
    return this.deps.host().element;
  }

  private hit(event: PointerEvent) {
    const layer = this.deps.layer();
    if (!layer || layer.shownCount === 0) return null;
    return mentionAtPoint(document, layer.index, { x: event.clientX, y: event.clientY }, layer.isShown);
  }

  private onMove(event: PointerEvent): void {
    if (!this.deps.layer()) return;
    const overCard = event.target === this.hostElement();
    const blocked = isTypingTarget(document);
    const hit = overCard || blocked ? null : this.hit(event);
    this.cards.pointer({
      x: event.clientX,
      y: event.clientY,
      time: event.timeStamp,
      target: hit?.mention ?? null,
      line: hit?.rect ?? null,
      overCard,
      blocked,
    });
  }

  private async onTap(event: PointerEvent): Promise<void> {
    if (event.target === this.hostElement() || !this.deps.layer()) return;
    const hit = this.hit(event);
    if (!hit) {
      if (this.cards.current) this.cards.close();
      return;
    }
    await this.cards.open(hit.mention, 'touch', hit.rect);
  }
}

/** Scrolls a mention to the middle of its scrolled box and of the viewport. */
function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}
