import type { MentionData, PageEntity } from '../engine/messages';
import type { HighlightRegistry } from './highlights';
import { MentionIndex, isShown } from './mention-index';
import type { MentionFilter, PageMention } from './mention-index';
import { blockRange } from './ranges';
import type { TextBlock } from './text-blocks';

export interface LayerOptions {
  /**
   * Underline only the first shown mention of each entity (UX.md's default: gentle, and it keeps
   * the highlight registry small on huge pages, whose every change Chromium repaints in full);
   * every shown mention still opens a card on hover.
   */
  firstOnly?: boolean;
}

/**
 * The page's mentions: live Ranges indexed for hit-testing, shown when the reader's filter (types,
 * threshold) lets them through. Filter changes re-highlight without re-annotating.
 */
export class MentionLayer {
  readonly index = new MentionIndex();
  private shown = 0;
  // The underlined mention of each entity (all shown ones are underlined when not firstOnly).
  private underlined = new Map<string, PageMention>();
  private firstOnly: boolean;

  constructor(
    private readonly highlights: HighlightRegistry,
    private filter: MentionFilter,
    options: LayerOptions = {},
  ) {
    this.firstOnly = options.firstOnly ?? true;
  }

  /** Mentions shown now (hoverable; the first of each entity underlined): what the host element reports. */
  get shownCount(): number {
    return this.shown;
  }

  isShown = (mention: PageMention): boolean => isShown(mention, this.filter);

  /** Adds the background's mentions for `blocks` (mention.block indexes into `blocks`). */
  add(blocks: readonly TextBlock[], mentions: readonly MentionData[]): void {
    for (const data of mentions) {
      const block = blocks[data.block];
      const range = block ? blockRange(block, data.start, data.end) : null;
      if (!block || !range) continue;
      const mention: PageMention = {
        range,
        entityId: data.entityId,
        type: data.type,
        score: data.score,
        surface: block.text.slice(data.start, data.end),
      };
      this.index.add(mention);
      this.highlight(mention);
    }
  }

  /** Mentions underlined now. */
  get underlinedCount(): number {
    return this.firstOnly ? this.underlined.size : this.shown;
  }

  setFilter(filter: MentionFilter): void {
    this.filter = filter;
    this.rehighlight();
  }

  /** Switches between underlining each entity's first mention and every mention, in place. */
  setFirstOnly(firstOnly: boolean): void {
    if (firstOnly === this.firstOnly) return;
    this.firstOnly = firstOnly;
    this.rehighlight();
  }

  private rehighlight(): void {
    this.highlights.clear();
    this.underlined.clear();
    this.shown = 0;
    for (const mention of this.index.mentions()) this.highlight(mention);
  }

  /** Drops the mentions whose text the page removed or rewrote; returns how many went. */
  prune(): number {
    const gone = [...this.index.mentions()].filter((mention) => !isIntact(mention));
    gone.forEach((mention) => this.remove(mention));
    return gone.length;
  }

  /** Drops the mentions touching these nodes, before their block is read and annotated again. */
  removeTouching(nodes: ReadonlySet<Text>): void {
    const touching = [...this.index.mentions()].filter(
      (mention) =>
        nodes.has(mention.range.startContainer as Text) || nodes.has(mention.range.endContainer as Text),
    );
    touching.forEach((mention) => this.remove(mention));
  }

  clear(): void {
    this.index.clear();
    this.highlights.clear();
    this.underlined.clear();
    this.shown = 0;
  }

  /** The entities shown on the page with their mention counts, most mentioned first (for the popup). */
  entities(): PageEntity[] {
    const byId = new Map<string, PageEntity>();
    for (const mention of this.index.mentions()) {
      if (!this.isShown(mention)) continue;
      const entity = byId.get(mention.entityId);
      if (entity) entity.count++;
      else
        byId.set(mention.entityId, {
          id: mention.entityId,
          name: mention.surface,
          type: mention.type,
          count: 1,
        });
    }
    // Stable sort: equal counts keep the order of first appearance.
    return [...byId.values()].sort((a, b) => b.count - a.count);
  }

  private highlight(mention: PageMention): void {
    if (!this.isShown(mention)) return;
    this.shown++;
    if (this.firstOnly && this.underlined.has(mention.entityId)) return;
    this.underlined.set(mention.entityId, mention);
    this.highlights.add(mention.type, mention.range);
  }

  private remove(mention: PageMention): void {
    this.index.remove(mention);
    if (!this.isShown(mention)) return;
    this.shown--;
    if (this.underlined.get(mention.entityId) !== mention) {
      if (!this.firstOnly) this.highlights.remove(mention.type, mention.range);
      return;
    }
    this.highlights.remove(mention.type, mention.range);
    this.underlined.delete(mention.entityId);
    if (!this.firstOnly) return;
    // The underline moves to the entity's next shown mention on the page.
    for (const other of this.index.mentions())
      if (other.entityId === mention.entityId && this.isShown(other)) {
        this.underlined.set(other.entityId, other);
        this.highlights.add(other.type, other.range);
        break;
      }
  }
}

function isIntact(mention: PageMention): boolean {
  const range = mention.range;
  return (
    !range.collapsed &&
    range.startContainer.isConnected &&
    range.endContainer.isConnected &&
    squash(range.toString()) === squash(mention.surface)
  );
}

// Block text collapses source whitespace, so compare words only.
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
