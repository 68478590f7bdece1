import { browser } from 'wxt/browser';
import type { DocumentContext } from '@/engine/annotate';
import { annotateBlocks, createDocumentContext } from '@/engine/annotate';
import { cardData } from '@/engine/card';
import type { AnnotateRequest, AnnotateResponse, CardResponse } from '@/engine/messages';
import { validateBackgroundRequest } from '@/engine/messages';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { KnowledgeStore } from '@/engine/store';
import { Lru } from './lru';
import { loadSettings, watchSettings } from './settings-storage';
import { createStoreLoader } from './store-loader';

/** The parts of a runtime.MessageSender the server looks at. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ServerDeps {
  extensionId: string;
  getStore: () => Promise<KnowledgeStore | null>;
  getSettings: () => Promise<Settings>;
}

export type MessageHandler = (
  message: unknown,
  sender: Sender,
) => Promise<AnnotateResponse | CardResponse> | undefined;

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
    const store = await deps.getStore();
    if (!store) return { card: null };
    try {
      return { card: cardData(store, id) };
    } catch (error) {
      console.error('Gloss: card failed', error);
      return { card: null };
    }
  };

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
    return request.type === 'annotate' ? annotate(request, sender) : card(request.id);
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
  const getStore = createStoreLoader();
  const handler = createMessageHandler({
    extensionId: browser.runtime.id,
    getStore,
    getSettings: followSettings(),
  });
  browser.runtime.onMessage.addListener(handler);
  void getStore();
}
