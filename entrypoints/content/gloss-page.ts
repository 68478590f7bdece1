import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSiteEnabled } from '@/engine/settings';
import type { Settings } from '@/engine/settings';
import { t } from '@/extension/i18n';
import type { PageInfo } from '@/extension/page-info';
import { saveSettings } from '@/extension/settings-storage';
import { iterateTextBlocksIn } from '@/page/added-blocks';
import { installHighlightStyles } from '@/page/highlight-styles';
import { createHighlightRegistry } from '@/page/highlights';
import type { HighlightRegistry } from '@/page/highlights';
import type { MentionFilter } from '@/page/mention-index';
import { MentionLayer } from '@/page/mention-layer';
import { iterateTextBlocks } from '@/page/text-blocks';
import type { TextBlock } from '@/page/text-blocks';
import { chunks, collectInSlices, runInSlices } from '@/page/time-slice';
import type { SliceOptions } from '@/page/time-slice';
import { FIRST_HIGHLIGHT_MARK, markOnce, timed } from '@/page/work-marks';
import { annotateBlocks } from './annotate';
import { hiddenKeys } from './card-actions';
import { HOST_TAG, createGlossHost } from './gloss-host';
import type { GlossHost } from './gloss-host';
import { observeChanges } from './observer';
import { ReaderUi } from './reader-ui';
import { contextTimers } from './timers';
import type { ContextTimers } from './timers';

const READ_OPTIONS = { hostTagName: HOST_TAG.toUpperCase() };
// Mentions made into Ranges and highlighted per unit of sliced work (a 5 MB page has ~200,000).
const MENTIONS_PER_CHUNK = 200;
// Longest wait for a frame before reading anyway (hidden tabs render none).
const FRAME_WAIT_MS = 100;

function filterOf(settings: Settings): MentionFilter {
  return { types: settings.types, threshold: settings.threshold, hidden: hiddenKeys(settings) };
}

/** What Gloss runs on one page while it is switched on there; everything goes in `stop()`. */
interface Session {
  generation: number;
  contextId: string;
  layer: MentionLayer;
  highlights: HighlightRegistry;
  readNodes: WeakSet<Text>;
  cleanup: (() => void)[];
  stylesInstalled: boolean;
  /** Timeline marks already made (the page benchmark reads them). */
  marks: Set<string>;
}

/** Wires the page layer to the browser: settings, annotation, highlights, hover and the popup's questions. */
export class GlossPage {
  private session: Session | null = null;
  private generation = 0;
  private host: GlossHost | null = null;
  private readonly ui: ReaderUi;
  private readonly timers: ContextTimers;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
  ) {
    const timers = contextTimers(ctx);
    this.timers = timers;
    // Cards, the panel, touch and "Not this?" choices live in ReaderUi (issue 5); this class reads the page.
    this.ui = new ReaderUi({
      ctx,
      timers,
      t,
      host: () => (this.host ??= createGlossHost(document)),
      layer: () => this.session?.layer ?? null,
      settings: () => this.settings,
      saveSettings: (next) => saveSettings(next),
      onRelinked: () => this.refilter(),
    });
    ctx.onInvalidated(() => this.stop());
  }

  /** Applies settings live: on/off for this site, types and threshold, hover delay. */
  applySettings(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    this.ui.cards.setHoverDelay(settings.hoverDelayMs);
    const on = isSiteEnabled(settings, location.hostname);
    // Highlight style and extent are fixed per session (styles, first-only layer): start it again.
    const restyled =
      before.highlightStyle !== settings.highlightStyle || before.highlightAll !== settings.highlightAll;
    if (on && this.session && restyled) this.stop();
    if (on && !this.session) this.start();
    else if (!on && this.session) this.stop();
    else if (this.session) this.refilter();
  }

  /** The popup's "scroll to it". */
  reveal(id: string): boolean {
    return this.ui.reveal(id);
  }

  /** The "open-panel" command. */
  openPanel(): boolean {
    return this.ui.openPanel();
  }

  private refilter(): void {
    if (!this.session) return;
    this.session.layer.setFilter(filterOf(this.settings));
    this.updateCount();
    const current = this.ui.cards.current;
    if (current && !this.session.layer.isShown(current)) this.ui.cards.reset();
  }

  info(): PageInfo {
    return {
      hostname: location.hostname,
      enabled: this.session !== null,
      entities: this.session?.layer.entities() ?? [],
    };
  }

  private start(): void {
    timed('start', () => this.startSession());
  }

  private startSession(): void {
    const host = this.host ?? createGlossHost(document);
    this.host = host;
    host.ensureAttached();
    const highlights = createHighlightRegistry(document);
    const session: Session = {
      generation: ++this.generation,
      contextId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
      layer: new MentionLayer(highlights, filterOf(this.settings), {
        firstOnly: !this.settings.highlightAll,
      }),
      highlights,
      readNodes: new WeakSet(),
      cleanup: [],
      stylesInstalled: false,
      marks: new Set(),
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
    this.ui.reset();
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
    await this.afterNextFrame();
    if (!this.isCurrent(session)) return;
    const all = await collectInSlices(blocks, this.slicing(session, 'read'));
    await this.ui.choices.ready;
    if (!all || !this.isCurrent(session)) return;
    const unread = timed('prepare', () => {
      // Styles go in after reading: changing document styles mid-read would restyle the whole page.
      this.installStyles(session);
      return this.takeUnread(all, session);
    });
    await annotateBlocks(unread, {
      contextId: session.contextId,
      isCurrent: () => this.isCurrent(session),
      onMentions: async (batch, linked) => {
        const mentions = this.ui.choices.relinkData(batch, linked);
        const add = (chunk: typeof mentions) => session.layer.add(batch, chunk);
        await runInSlices(chunks(mentions, MENTIONS_PER_CHUNK), add, this.slicing(session, 'highlight'));
        if (this.isCurrent(session)) timed('count', () => this.updateCount());
      },
    });
    if (this.isCurrent(session)) this.host?.setState('ready');
  }

  /**
   * Resolves just after the browser has rendered a frame, when styles are clean: reading then never
   * forces a style recalculation of the page (checkVisibility needs styles), which on a large page
   * took longer than the read itself. A hidden tab renders no frames, hence the timeout.
   */
  private afterNextFrame(): Promise<void> {
    return new Promise((resolve) => {
      const after = () => this.timers.setTimeout(resolve, 0);
      this.timers.requestAnimationFrame(after);
      this.timers.setTimeout(resolve, FRAME_WAIT_MS);
    });
  }

  private slicing(session: Session, label: string): SliceOptions {
    return {
      label,
      pause: () => new Promise<void>((resolve) => this.timers.setTimeout(resolve, 0)),
      cancelled: () => !this.isCurrent(session),
    };
  }

  private installStyles(session: Session): void {
    if (session.stylesInstalled || !this.host) return;
    session.stylesInstalled = true;
    session.cleanup.push(installHighlightStyles(document, this.host.element, this.settings.highlightStyle));
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
    if (removed && timed('prune', () => session.layer.prune()) > 0) {
      this.updateCount();
      const current = this.ui.cards.current;
      if (current && !current.range.startContainer.isConnected) this.ui.cards.reset();
    }
    if (added.length > 0) await this.read(iterateTextBlocksIn(added, READ_OPTIONS), session);
  }

  private updateCount(): void {
    const session = this.session;
    this.host?.setMentionCount(session?.layer.shownCount ?? 0);
    if (session && session.layer.underlinedCount > 0) markOnce(FIRST_HIGHLIGHT_MARK, session.marks);
  }
}
