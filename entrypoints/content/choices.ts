import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionData } from '@/engine/messages';
import { parseCurrentIdsResponse } from '@/engine/messages';
import type { Choice, SiteChoiceMap } from '@/extension/choices-storage';
import { choiceKey, saveChoice, watchChoices } from '@/extension/choices-storage';
import { sendToBackground } from '@/extension/messaging';
import { cleanHostname } from '@/engine/settings';
import type { PageMention } from '@/page/mention-index';
import type { TextBlock } from '@/page/text-blocks';

type Choices = SiteChoiceMap;

/**
 * The choices with each id as the store names its entity now. A choice keeps the id it was made
 * with, and a later build may have merged that entity into another, under the other's id: the
 * page's mentions and lists must carry the id the linker gives, and the stored choice stays as the
 * reader made it. Without an answer the choices are kept as they are (their cards still open).
 */
async function withCurrentIds(choices: Choices): Promise<Choices> {
  const ids = [...new Set(Object.values(choices).map((choice) => choice.id))];
  if (ids.length === 0) return choices;
  let current: string[] | null = null;
  try {
    current = parseCurrentIdsResponse(
      await sendToBackground<unknown>({ type: 'currentIds', ids }),
      ids.length,
    );
  } catch (error) {
    console.warn('Gloss: the background did not say which ids the remembered choices go by', error);
  }
  if (!current) return choices;
  const now = new Map(ids.map((id, i) => [id, current[i] ?? id]));
  return Object.fromEntries(
    Object.entries(choices).map(([key, choice]) => [key, { ...choice, id: now.get(choice.id) ?? choice.id }]),
  );
}

/**
 * The reader's "Not this?" choices for this site, applied to mentions as they arrive and, when a
 * choice changes (here or in another tab), to the mentions already on the page.
 */
export class SiteChoices {
  private byKey: Choices = {};
  // Bumped by every change, so an answer about older choices never replaces newer ones.
  private version = 0;
  // What the background linked a relinked mention to, so removing a choice restores it.
  private readonly originals = new WeakMap<PageMention, { entityId: string; type: PageMention['type'] }>();
  readonly ready: Promise<void>;

  constructor(
    ctx: ContentScriptContext,
    private readonly hostname: string,
    stored: Promise<Choices>,
    onChange: () => void,
  ) {
    this.ready = this.use(stored).then(() => {});
    const host = cleanHostname(hostname) ?? '';
    ctx.onInvalidated(
      watchChoices((all) => {
        void this.use(Promise.resolve(all[host] ?? {})).then((used) => {
          if (used) onChange();
        });
      }),
    );
  }

  /** Takes stored choices, their ids made current; false when a later change came first. */
  private async use(stored: Promise<Choices>): Promise<boolean> {
    const version = ++this.version;
    const choices = await withCurrentIds(await stored);
    if (version !== this.version) return false;
    this.byKey = choices;
    return true;
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
    // The candidate came from the store: its id is current.
    this.version++;
    this.byKey = { ...this.byKey, [choiceKey(surface)]: choice };
    await saveChoice(this.hostname, surface, choice);
  }
}
