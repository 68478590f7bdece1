import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSiteEnabled } from '@/engine/settings';
import type { Settings } from '@/engine/settings';
import { t } from '@/extension/i18n';
import type { SiteChoiceMap } from '@/extension/choices-storage';
import type { PageInfo } from '@/extension/page-info';
import { saveSettings } from '@/extension/settings-storage';
import { iterateTextBlocksIn } from '@/page/added-blocks';
import { installHighlightStyles } from '@/page/highlight-styles';
import type { HighlightStyles } from '@/page/highlight-styles';
import { createHighlightRegistry } from '@/page/highlights';
import type { HighlightRegistry } from '@/page/highlights';
import type { MentionFilter } from '@/page/mention-index';
import { MentionLayer } from '@/page/mention-layer';
import { iterateTextBlocks } from '@/page/text-blocks';
import type { TextBlock } from '@/page/text-blocks';
import { chunks, runInSlices } from '@/page/time-slice';
import type { SliceOptions } from '@/page/time-slice';
import { FIRST_HIGHLIGHT_MARK, markOnce, timed } from '@/page/work-marks';
import { annotateBlocks } from './annotate';
import { hiddenEntityIds, hiddenKeys } from './card-actions';
import type { LoadCardUi } from './card-ui-loader';
import { HOST_TAG, createGlossHost } from './gloss-host';
import type { GlossHost } from './gloss-host';
import { observeChanges } from './observer';
import { ReaderUi } from './reader-ui';
import { contextTimers } from './timers';
import type { ContextTimers } from './timers';

const READ_OPTIONS = { hostTagName: HOST_TAG.toUpperCase() };
// Mentions made into Ranges and highlighted between two looks at the clock (a 5 MB page has tens of
// thousands): small, as in Firefox 200 of them took up to 40 ms on a busy machine.
const MENTIONS_PER_CHUNK = 50;
// Longest wait for a frame before reading anyway (hidden tabs render none).
const FRAME_WAIT_MS = 100;

function filterOf(settings: Settings, hiddenIds: ReadonlySet<string>): MentionFilter {
  return { types: settings.types, threshold: settings.threshold, hidden: hiddenKeys(settings), hiddenIds };
}

/** What Gloss runs on one page while it is switched on there; everything goes in `stop()`. */
interface Session {
  generation: number;
  contextId: string;
  layer: MentionLayer;
  highlights: HighlightRegistry;
  readNodes: WeakSet<Text>;
  cleanup: (() => void)[];
  /** The ::highlight() rules, once installed (after the first read). */
  styles: HighlightStyles | null;
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
  /** The entities whose card name the reader hid, and the hidden names they were found for. */
  private hiddenIds: ReadonlySet<string> = new Set();
  private hiddenFor = '';

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    loadUi: LoadCardUi,
    storedChoices: Promise<SiteChoiceMap>,
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
      loadUi,
      storedChoices,
      onRelinked: () => this.refilter(),
    });
    ctx.onInvalidated(() => this.stop());
    this.resolveHidden(settings);
  }

  /** Finds the entities of the hidden names (asked of the background), then filters the page again. */
  private resolveHidden(settings: Settings): void {
    const names = settings.hiddenNames.join('\n');
    if (names === this.hiddenFor) return;
    this.hiddenFor = names;
    void hiddenEntityIds(settings).then((ids) => {
      // A later change is being resolved: its answer is the one to use.
      if (this.hiddenFor !== names || !this.ctx.isValid) return;
      this.hiddenIds = ids;
      this.refilter();
    });
  }

  /** Applies settings live: on/off for this site, types and threshold, hover delay, highlight look. */
  applySettings(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    this.ui.cards.setHoverDelay(settings.hoverDelayMs);
    this.resolveHidden(settings);
    const on = isSiteEnabled(settings, location.hostname);
    if (on && !this.session) this.start();
    else if (!on && this.session) this.stop();
    else if (this.session) {
      this.restyle(this.session, before);
      this.refilter();
    }
  }

  /** A new highlight style or extent applies to the mentions already found: nothing is annotated again. */
  private restyle(session: Session, before: Settings): void {
    if (before.highlightStyle !== this.settings.highlightStyle)
      session.styles?.restyle(this.settings.highlightStyle);
    session.layer.setFirstOnly(!this.settings.highlightAll);
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
    this.session.layer.setFilter(filterOf(this.settings, this.hiddenIds));
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
      layer: new MentionLayer(highlights, filterOf(this.settings, this.hiddenIds), {
        firstOnly: !this.settings.highlightAll,
      }),
      highlights,
      readNodes: new WeakSet(),
      cleanup: [],
      styles: null,
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
    const unread: TextBlock[] = [];
    const reread = new Set<Text>();
    // Blocks are sorted out as they are read, inside the slices: a pass over all of a huge page's
    // blocks afterwards would be one long task.
    const take = (block: TextBlock) => this.takeIfUnread(block, session, unread, reread);
    const done = await runInSlices(blocks, take, this.slicing(session, 'read'));
    await this.ui.choices.ready;
    if (!done || !this.isCurrent(session)) return;
    timed('prepare', () => {
      // Styles go in after reading: changing document styles mid-read would restyle the whole page.
      this.installStyles(session);
      // Mentions already on re-read nodes are dropped, to be found again.
      if (reread.size > 0) session.layer.removeTouching(reread);
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
    if (session.styles || !this.host) return;
    const styles = installHighlightStyles(document, this.host.element, this.settings.highlightStyle);
    session.styles = styles;
    session.cleanup.push(() => styles.remove());
  }

  /** Keeps a block with text not read before in `unread`; its nodes read before go into `reread`. */
  private takeIfUnread(block: TextBlock, session: Session, unread: TextBlock[], reread: Set<Text>): void {
    if (!block.segments.some((s) => !session.readNodes.has(s.node))) return;
    unread.push(block);
    for (const { node } of block.segments) {
      if (session.readNodes.has(node)) reread.add(node);
      session.readNodes.add(node);
    }
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
