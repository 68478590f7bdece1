import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionData } from '@/engine/messages';
import type { Choice } from '@/extension/choices-storage';
import { choiceKey, loadSiteChoices, saveChoice, watchChoices } from '@/extension/choices-storage';
import { cleanHostname } from '@/engine/settings';
import type { PageMention } from '@/page/mention-index';
import type { TextBlock } from '@/page/text-blocks';

/**
 * The reader's "Not this?" choices for this site, applied to mentions as they arrive and, when a
 * choice changes (here or in another tab), to the mentions already on the page.
 */
export class SiteChoices {
  private byKey: Record<string, Choice> = {};
  // What the background linked a relinked mention to, so removing a choice restores it.
  private readonly originals = new WeakMap<PageMention, { entityId: string; type: PageMention['type'] }>();
  readonly ready: Promise<void>;

  constructor(
    ctx: ContentScriptContext,
    private readonly hostname: string,
    onChange: () => void,
  ) {
    this.ready = loadSiteChoices(hostname).then((choices) => {
      this.byKey = choices;
    });
    const host = cleanHostname(hostname) ?? '';
    ctx.onInvalidated(
      watchChoices((all) => {
        this.byKey = all[host] ?? {};
        onChange();
      }),
    );
  }

  /** The background's mentions with remembered choices applied (by the name's text in its block). */
  relinkData(blocks: readonly TextBlock[], mentions: readonly MentionData[]): MentionData[] {
    if (Object.keys(this.byKey).length === 0) return [...mentions];
    return mentions.map((mention) => {
      const text = blocks[mention.block]?.text.slice(mention.start, mention.end) ?? '';
      const choice = this.byKey[choiceKey(text)];
      // A choice is the reader's word: it stands whatever the linker's confidence was.
      return choice ? { ...mention, entityId: choice.id, type: choice.type, score: 1 } : mention;
    });
  }

  /** Applies the current choices to mentions already on the page; true when any changed. */
  relinkMentions(mentions: Iterable<PageMention>): boolean {
    let changed = false;
    for (const mention of mentions) {
      const choice = this.byKey[choiceKey(mention.surface)];
      const original = this.originals.get(mention);
      const next = choice ? { entityId: choice.id, type: choice.type } : original;
      if (!next || (next.entityId === mention.entityId && next.type === mention.type)) continue;
      if (!original) this.originals.set(mention, { entityId: mention.entityId, type: mention.type });
      mention.entityId = next.entityId;
      mention.type = next.type;
      if (choice) mention.score = Math.max(mention.score, 1);
      changed = true;
    }
    return changed;
  }

  /** Remembers the reader's choice for a name on this site and applies it at once. */
  async choose(surface: string, choice: Choice): Promise<void> {
    this.byKey = { ...this.byKey, [choiceKey(surface)]: choice };
    await saveChoice(this.hostname, surface, choice);
  }
}
