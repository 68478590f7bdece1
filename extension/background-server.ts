import { browser } from 'wxt/browser';
import type { DocumentContext } from '@/engine/annotate';
import { annotateBlocks, createDocumentContext } from '@/engine/annotate';
import { candidatesFor, entitiesNamed } from '@/engine/candidates';
import { cardData } from '@/engine/card';
import type {
  AnnotateRequest,
  AnnotateResponse,
  CandidatesResponse,
  CardResponse,
  CommandName,
  CurrentIdsResponse,
  NamedIdsResponse,
} from '@/engine/messages';
import { validateBackgroundRequest } from '@/engine/messages';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { KnowledgeStore } from '@/engine/store';
import { commandTab, listenToCommands, runCommand } from './commands';
import type { CommandResult } from './commands';
import { Lru } from './lru';
import { loadSettings, migrateSettings, watchSettings } from './settings-storage';
import { createPackedStoreLoader } from './pack-store';
import { withDetails } from './store-loader';

/** The parts of a runtime.MessageSender the server looks at. */
export interface Sender {
  id?: string;
  tab?: { id?: number; windowId?: number };
  url?: string;
  frameId?: number;
}

export interface ServerDeps {
  extensionId: string;
  /** The extension's own pages' origin ("chrome-extension://id/"): only they may run commands. */
  extensionOrigin: string;
  getStore: () => Promise<KnowledgeStore | null>;
  getSettings: () => Promise<Settings>;
}

export type MessageHandler = (
  message: unknown,
  sender: Sender,
) =>
  | Promise<
      | AnnotateResponse
      | CardResponse
      | CandidatesResponse
      | CurrentIdsResponse
      | NamedIdsResponse
      | CommandResult
    >
  | undefined;

/** How many pages' document contexts are kept; a page past this simply starts a fresh context. */
export const CONTEXT_CAPACITY = 50;

/**
 * Builds the runtime.onMessage listener. It answers with a promise (webextension-polyfill style) and
 * returns undefined, so no answer, for anything it rejects: a sender that is not this extension
 * (another extension could message us) or a message that fails validation.
 */
export function createMessageHandler(deps: ServerDeps): MessageHandler {
  const contexts = new Lru<string, DocumentContext>(CONTEXT_CAPACITY);

  const annotate = async (request: AnnotateRequest, sender: Sender): Promise<AnnotateResponse> => {
    const [store, settings] = await Promise.all([deps.getStore(), deps.getSettings()]);
    if (!store) return { mentions: [] };
    // Later blocks of a page see what earlier ones established ("Putin" after "Vladimir Putin").
    const context =
      request.contextId === undefined
        ? createDocumentContext()
        : contexts.getOrCreate(
            `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${request.contextId}`,
            createDocumentContext,
          );
    try {
      return { mentions: annotateBlocks(store, request.blocks, { context, demonyms: settings.demonyms }) };
    } catch (error) {
      console.error('Gloss: annotate failed', error);
      return { mentions: [] };
    }
  };

  const card = async (id: string): Promise<CardResponse> => {
    // A card needs the store's details, which are read on the first card, not at start-up.
    const store = await deps.getStore().then((loaded) => withDetails(loaded));
    if (!store) return { card: null };
    try {
      return { card: cardData(store, id) };
    } catch (error) {
      console.error('Gloss: card failed', error);
      return { card: null };
    }
  };

  const candidates = async (surface: string): Promise<CandidatesResponse> => {
    // The list shows each candidate's description, which comes with the details (as for a card).
    const store = await deps.getStore().then((loaded) => withDetails(loaded));
    return { candidates: store ? candidatesFor(store, surface) : [] };
  };

  // The content script has no store: it asks here which ids its saved choices' entities go by now,
  // so a choice of an id a merge retired relinks to the merged entity's id, as the linker names it.
  const currentIds = async (ids: readonly string[]): Promise<CurrentIdsResponse> => {
    const store = await deps.getStore();
    return { ids: ids.map((id) => store?.currentId(id) ?? id) };
  };

  // The reader's hidden names, for the mention filter: names only, so the details are not needed.
  const namedIds = async (names: readonly string[]): Promise<NamedIdsResponse> => {
    const store = await deps.getStore();
    return { ids: store ? entitiesNamed(store, names) : [] };
  };

  // Only the extension's own pages may run a command: a content script (a frame of any web page,
  // whatever its scheme: https, file, data, blob...) may not.
  const command = async (name: CommandName, sender: Sender): Promise<CommandResult> =>
    (sender.url ?? '').startsWith(deps.extensionOrigin)
      ? runCommand(name, await commandTab(sender.tab))
      : { done: false };

  return (message, sender) => {
    if (sender.id !== deps.extensionId) {
      console.warn('Gloss: ignored a message from another sender', sender.id);
      return undefined;
    }
    const checked = validateBackgroundRequest(message);
    if (!checked.ok) {
      console.warn(`Gloss: ignored an invalid message: ${checked.reason}`);
      return undefined;
    }
    const request = checked.request;
    if (request.type === 'annotate') return annotate(request, sender);
    if (request.type === 'candidates') return candidates(request.surface);
    if (request.type === 'currentIds') return currentIds(request.ids);
    if (request.type === 'namedIds') return namedIds(request.names);
    // The same path as a pressed shortcut, for extension pages (and the end-to-end tests).
    if (request.type === 'command') return command(request.name, sender);
    return card(request.id);
  };
}

/** Follows the stored settings: the first read is awaited, later changes replace it. */
function followSettings(): () => Promise<Settings> {
  let current: Promise<Settings> = loadSettings().catch((error: unknown) => {
    console.warn('Gloss: could not load settings; using defaults', error);
    return { ...DEFAULT_SETTINGS };
  });
  watchSettings((settings) => {
    current = Promise.resolve(settings);
  });
  return () => current;
}

/** Wires the background: loads the store at once (so the first page is quick) and answers messages. */
export function startBackgroundServer(): void {
  const getStore = createPackedStoreLoader();
  const handler = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    getStore,
    getSettings: followSettings(),
  });
  browser.runtime.onMessage.addListener(handler);
  listenToCommands();
  void migrateSettings();
  void getStore();
}
