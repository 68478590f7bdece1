import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData } from '@/engine/messages';
import { isSiteEnabled } from '@/engine/settings';
import type { Settings } from '@/engine/settings';
import type { PageInfo } from '@/extension/page-info';
import { iterateTextBlocksIn } from '@/page/added-blocks';
import { isTypingTarget } from '@/page/focus';
import { installHighlightStyles } from '@/page/highlight-styles';
import { createHighlightRegistry } from '@/page/highlights';
import type { HighlightRegistry } from '@/page/highlights';
import { mentionAtPoint } from '@/page/hit-test';
import type { Hit } from '@/page/hit-test';
import { HoverIntent } from '@/page/hover-intent';
import type { MentionFilter, PageMention } from '@/page/mention-index';
import { MentionLayer } from '@/page/mention-layer';
import { iterateTextBlocks } from '@/page/text-blocks';
import type { TextBlock } from '@/page/text-blocks';
import { chunks, collectInSlices, runInSlices } from '@/page/time-slice';
import type { SliceOptions } from '@/page/time-slice';
import { annotateBlocks } from './annotate';
import { CardCache } from './card-cache';
import { CardView } from './card-view';
import { HOST_TAG, createGlossHost } from './gloss-host';
import type { GlossHost } from './gloss-host';
import { observeChanges } from './observer';
import { listenToPointer } from './pointer';
import { contextTimers } from './timers';
import type { ContextTimers } from './timers';

const READ_OPTIONS = { hostTagName: HOST_TAG.toUpperCase() };
// Mentions made into Ranges and highlighted per unit of sliced work (a 5 MB page has ~200,000).
const MENTIONS_PER_CHUNK = 200;

function filterOf(settings: Settings): MentionFilter {
  return { types: settings.types, threshold: settings.threshold };
}

/** What Gloss runs on one page while it is switched on there; everything goes in `stop()`. */
interface Session {
  generation: number;
  contextId: string;
  layer: MentionLayer;
  highlights: HighlightRegistry;
  cards: CardView;
  readNodes: WeakSet<Text>;
  cleanup: (() => void)[];
  stylesInstalled: boolean;
}

/** Wires the page layer to the browser: settings, annotation, highlights, hover and the popup's questions. */
export class GlossPage {
  private session: Session | null = null;
  private generation = 0;
  private host: GlossHost | null = null;
  private lastHit: Hit | null = null;
  private readonly intent: HoverIntent<PageMention>;
  private readonly cardCache = new CardCache();
  private readonly timers: ContextTimers;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
  ) {
    const timers = contextTimers(ctx);
    this.timers = timers;
    this.intent = new HoverIntent<PageMention>({
      hoverDelayMs: settings.hoverDelayMs,
      clock: { setTimeout: timers.setTimeout, clearTimeout: (id) => timers.clearTimeout(id as number) },
      onLookup: (mention) => void this.cardCache.get(mention.entityId),
      onShow: (mention) => void this.showCard(mention),
      onHide: () => this.session?.cards.hide(),
    });
    listenToPointer(ctx, timers, document, {
      onMove: (event) => this.onMove(event),
      onEscape: () => this.intent.escape(),
      onScroll: (target) => {
        if (target !== this.host?.element) this.intent.close();
      },
    });
    ctx.onInvalidated(() => this.stop());
  }

  /** Applies settings live: on/off for this site, types and threshold, hover delay. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    this.intent.setHoverDelay(settings.hoverDelayMs);
    const on = isSiteEnabled(settings, location.hostname);
    if (on && !this.session) this.start();
    else if (!on && this.session) this.stop();
    else if (this.session) {
      this.session.layer.setFilter(filterOf(settings));
      this.updateCount();
      const current = this.intent.current;
      if (current && !this.session.layer.isShown(current)) this.intent.close();
    }
  }

  info(): PageInfo {
    return {
      hostname: location.hostname,
      enabled: this.session !== null,
      entities: this.session?.layer.entities() ?? [],
    };
  }

  private start(): void {
    const host = this.host ?? createGlossHost(document);
    this.host = host;
    host.ensureAttached();
    const highlights = createHighlightRegistry(document);
    const session: Session = {
      generation: ++this.generation,
      contextId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
      layer: new MentionLayer(highlights, filterOf(this.settings)),
      highlights,
      // The close button acts like Esc: the card stays closed until the pointer leaves the name.
      cards: new CardView(this.timers, host, () => this.intent.escape()),
      readNodes: new WeakSet(),
      cleanup: [],
      stylesInstalled: false,
    };
    this.session = session;
    const root = document.body ?? document.documentElement;
    session.cleanup.push(
      observeChanges(this.ctx, this.timers, root, (added, removed) => void this.onChanges(added, removed)),
    );
    void this.read(iterateTextBlocks(root, READ_OPTIONS), session);
  }

  /** Removes every highlight and the card, and stops watching; the host stays, reporting 0 mentions. */
  private stop(): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.generation++;
    this.intent.close();
    session.cards.clear();
    session.layer.clear();
    session.highlights.dispose();
    session.cleanup.forEach((cleanup) => cleanup());
    this.host?.setMentionCount(0);
    this.host?.setState('off');
  }

  private isCurrent(session: Session): boolean {
    return this.session === session && session.generation === this.generation && this.ctx.isValid;
  }

  /** Reads blocks in slices that leave the page responsive, then annotates the ones not read before. */
  private async read(blocks: Iterator<TextBlock>, session: Session): Promise<void> {
    this.host?.setState('scanning');
    const slicing = this.slicing(session);
    const all = await collectInSlices(blocks, slicing);
    if (!all || !this.isCurrent(session)) return;
    // Styles go in after reading: changing document styles mid-read would restyle the whole page.
    this.installStyles(session);
    await annotateBlocks(this.takeUnread(all, session), {
      contextId: session.contextId,
      isCurrent: () => this.isCurrent(session),
      onMentions: async (batch, mentions) => {
        const add = (chunk: typeof mentions) => session.layer.add(batch, chunk);
        await runInSlices(chunks(mentions, MENTIONS_PER_CHUNK), add, slicing);
        if (this.isCurrent(session)) this.updateCount();
      },
    });
    if (this.isCurrent(session)) this.host?.setState('ready');
  }

  private slicing(session: Session): SliceOptions {
    return {
      pause: () => new Promise<void>((resolve) => this.timers.setTimeout(resolve, 0)),
      cancelled: () => !this.isCurrent(session),
    };
  }

  private installStyles(session: Session): void {
    if (session.stylesInstalled || !this.host) return;
    session.stylesInstalled = true;
    session.cleanup.push(installHighlightStyles(document, this.host.element));
  }

  /** Blocks with text not read before; mentions already on their nodes are dropped to be found again. */
  private takeUnread(blocks: readonly TextBlock[], session: Session): TextBlock[] {
    const fresh = blocks.filter((block) => block.segments.some((s) => !session.readNodes.has(s.node)));
    const reread = new Set<Text>();
    for (const block of fresh)
      for (const { node } of block.segments) {
        if (session.readNodes.has(node)) reread.add(node);
        session.readNodes.add(node);
      }
    if (reread.size > 0) session.layer.removeTouching(reread);
    return fresh;
  }

  private async onChanges(added: Node[], removed: boolean): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (removed && session.layer.prune() > 0) {
      this.updateCount();
      const current = this.intent.current;
      if (current && !current.range.startContainer.isConnected) this.intent.close();
    }
    if (added.length > 0) await this.read(iterateTextBlocksIn(added, READ_OPTIONS), session);
  }

  private onMove(event: PointerEvent): void {
    const session = this.session;
    if (!session) return;
    const overCard = this.host !== null && event.target === this.host.element;
    const blocked = isTypingTarget(document);
    let target: PageMention | null = null;
    if (!overCard && !blocked && session.layer.shownCount > 0) {
      const point = { x: event.clientX, y: event.clientY };
      const hit = mentionAtPoint(document, session.layer.index, point, session.layer.isShown);
      if (hit) this.lastHit = hit;
      target = hit?.mention ?? null;
    }
    this.intent.pointer({
      x: event.clientX,
      y: event.clientY,
      time: event.timeStamp,
      target,
      overCard,
      blocked,
    });
  }

  private async showCard(mention: PageMention): Promise<void> {
    const card: CardData | null = await this.cardCache.get(mention.entityId);
    const session = this.session;
    if (!card || !session || this.intent.current !== mention) return;
    const rect =
      this.lastHit?.mention === mention ? this.lastHit.rect : mention.range.getBoundingClientRect();
    this.host?.ensureAttached();
    session.cards.show(card, rect, this.settings.theme);
  }

  private updateCount(): void {
    this.host?.setMentionCount(this.session?.layer.shownCount ?? 0);
  }
}
