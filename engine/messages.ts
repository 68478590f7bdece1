import { MAX_HIDDEN_NAMES } from './settings';
import type { EntityType, Fact, SourceInfo } from './types';
import { isEntityType } from './types';

/** Limits on one annotate request, so a huge page is sent in several requests rather than one. */
export const MAX_BLOCKS_PER_REQUEST = 2000;
export const MAX_CHARS_PER_REQUEST = 500_000;

export interface AnnotateRequest {
  type: 'annotate';
  /** The page's text blocks in document order; context flows from earlier blocks to later ones. */
  blocks: string[];
  /** Blocks already sent for this page, earlier in document order, kept for context (e.g. full names). */
  contextId?: string;
}

/** A linked mention: offsets are UTF-16 code units into `blocks[block]`. */
export interface MentionData {
  block: number;
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  score: number;
}

export interface AnnotateResponse {
  mentions: MentionData[];
}

export interface CardRequest {
  type: 'card';
  id: string;
}

/** Everything a hover card shows about one entity. */
export interface CardData {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  facts: Fact[];
  aliases: string[];
  wikipedia: string | null;
  /** Emoji flag for countries. */
  flag: string | null;
  source: SourceInfo;
}

export interface CardResponse {
  card: CardData | null;
}

/** "Not this?": the entities the store has for a name as written on the page. */
export interface CandidatesRequest {
  type: 'candidates';
  surface: string;
}

/** One entity a name may stand for, as the "Not this?" list shows it. */
export interface Candidate {
  id: string;
  name: string;
  type: EntityType;
  description: string;
}

export interface CandidatesResponse {
  /** In prior order, most popular first. */
  candidates: Candidate[];
}

/** At most a site's remembered choices (extension/choices-storage.ts keeps 500 a site). */
export const MAX_IDS_PER_REQUEST = 500;

/**
 * The ids the entities of saved ids go by now. A "Not this?" choice keeps the id its entity had
 * when it was made; a later build may have merged that entity into another, under the other's id.
 */
export interface CurrentIdsRequest {
  type: 'currentIds';
  ids: string[];
}

export interface CurrentIdsResponse {
  /** One per id asked, in order: the id the entity goes by now, or the id itself when unknown. */
  ids: string[];
}

/**
 * The entities whose own name is one of `names` (the reader's hidden names): one request for all
 * of them, answered from the index alone.
 */
export interface NamedIdsRequest {
  type: 'namedIds';
  names: string[];
}

export interface NamedIdsResponse {
  ids: string[];
}

/** The keyboard commands of wxt.config.ts; also sent by extension pages (and tests) to run one. */
export const COMMAND_NAMES = ['toggle-site', 'open-panel'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandRequest {
  type: 'command';
  name: CommandName;
}

export type BackgroundRequest =
  AnnotateRequest | CardRequest | CandidatesRequest | CurrentIdsRequest | NamedIdsRequest | CommandRequest;

/** Sent by the popup to the active tab's content script. */
export interface PageEntitiesRequest {
  type: 'pageEntities';
}

export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

export interface PageEntitiesResponse {
  entities: PageEntity[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entity id as messages carry it: a non-empty string of at most 200 characters. */
function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** Checks a message from another context; returns a reason when it is not a valid background request. */
export function validateBackgroundRequest(
  message: unknown,
): { ok: true; request: BackgroundRequest } | { ok: false; reason: string } {
  if (!isRecord(message)) return { ok: false, reason: 'message is not an object' };
  if (message.type === 'annotate') {
    const blocks = message.blocks;
    if (!Array.isArray(blocks)) return { ok: false, reason: 'annotate: blocks is not an array' };
    if (blocks.length > MAX_BLOCKS_PER_REQUEST)
      return { ok: false, reason: `annotate: more than ${MAX_BLOCKS_PER_REQUEST} blocks` };
    let chars = 0;
    for (const block of blocks) {
      if (typeof block !== 'string') return { ok: false, reason: 'annotate: a block is not a string' };
      chars += block.length;
    }
    if (chars > MAX_CHARS_PER_REQUEST)
      return { ok: false, reason: `annotate: more than ${MAX_CHARS_PER_REQUEST} characters` };
    const contextId = message.contextId;
    if (contextId !== undefined && (typeof contextId !== 'string' || contextId.length > 100))
      return { ok: false, reason: 'annotate: contextId is not a short string' };
    return { ok: true, request: { type: 'annotate', blocks: blocks as string[], contextId } };
  }
  if (message.type === 'card') {
    const id = message.id;
    if (!isEntityId(id)) return { ok: false, reason: 'card: id is not a short non-empty string' };
    return { ok: true, request: { type: 'card', id } };
  }
  if (message.type === 'candidates') {
    const surface = message.surface;
    if (typeof surface !== 'string' || surface.trim().length === 0 || surface.length > 200)
      return { ok: false, reason: 'candidates: surface is not a short non-empty string' };
    return { ok: true, request: { type: 'candidates', surface } };
  }
  if (message.type === 'currentIds') {
    const ids = message.ids;
    if (!Array.isArray(ids) || ids.length > MAX_IDS_PER_REQUEST)
      return { ok: false, reason: `currentIds: ids is not a list of at most ${MAX_IDS_PER_REQUEST}` };
    if (!ids.every(isEntityId))
      return { ok: false, reason: 'currentIds: an id is not a short non-empty string' };
    return { ok: true, request: { type: 'currentIds', ids: ids as string[] } };
  }
  if (message.type === 'namedIds') {
    const names = message.names;
    if (!Array.isArray(names) || names.length > MAX_HIDDEN_NAMES)
      return { ok: false, reason: `namedIds: names is not a list of at most ${MAX_HIDDEN_NAMES}` };
    if (!names.every((name) => typeof name === 'string' && name.length <= 200))
      return { ok: false, reason: 'namedIds: a name is not a string of at most 200 characters' };
    return { ok: true, request: { type: 'namedIds', names: names as string[] } };
  }
  if (message.type === 'command') {
    const name = message.name;
    if (!(COMMAND_NAMES as readonly unknown[]).includes(name))
      return { ok: false, reason: 'command: unknown command name' };
    return { ok: true, request: { type: 'command', name: name as CommandName } };
  }
  return { ok: false, reason: `unknown message type ${JSON.stringify(String(message.type)).slice(0, 40)}` };
}

/** Checks the background's answer to an annotate request before the page uses it. */
export function isAnnotateResponse(value: unknown): value is AnnotateResponse {
  if (!isRecord(value) || !Array.isArray(value.mentions)) return false;
  return value.mentions.every(
    (m: unknown) =>
      isRecord(m) &&
      Number.isInteger(m.block) &&
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      typeof m.entityId === 'string' &&
      isEntityType(m.type) &&
      typeof m.score === 'number',
  );
}

/** Checks the background's answer to a candidates request; the valid candidates, or [] when malformed. */
export function parseCandidatesResponse(value: unknown): Candidate[] {
  if (!isRecord(value) || !Array.isArray(value.candidates)) return [];
  return value.candidates.filter(
    (c: unknown): c is Candidate =>
      isRecord(c) &&
      typeof c.id === 'string' &&
      typeof c.name === 'string' &&
      isEntityType(c.type) &&
      typeof c.description === 'string',
  );
}

/** Checks the background's answer to a currentIds request of `asked` ids; null when malformed. */
export function parseCurrentIdsResponse(value: unknown, asked: number): string[] | null {
  if (!isRecord(value) || !Array.isArray(value.ids) || value.ids.length !== asked) return null;
  return value.ids.every(isEntityId) ? (value.ids as string[]) : null;
}

/** Checks the background's answer to a namedIds request; the ids, or [] when malformed. */
export function parseNamedIdsResponse(value: unknown): string[] {
  if (!isRecord(value) || !Array.isArray(value.ids)) return [];
  return value.ids.filter(isEntityId);
}
