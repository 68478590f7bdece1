import type { PageEntity } from '@/engine/messages';
import { isEntityType } from '@/engine/types';

/** Sent by the popup to a tab's content script. */
export interface PageInfoRequest {
  type: 'pageInfo';
}

export const PAGE_INFO_REQUEST: PageInfoRequest = { type: 'pageInfo' };

/** The content script's answer: the page's hostname, whether Gloss runs there, and what it found. */
export interface PageInfo {
  hostname: string;
  enabled: boolean;
  entities: PageEntity[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPageEntity(value: unknown): value is PageEntity {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    isEntityType(value.type) &&
    Number.isInteger(value.count) &&
    (value.count as number) >= 0
  );
}

/** Checks a content script's pageInfo answer; null (with a warning) when it is not one. Bad entities are dropped. */
export function parsePageInfo(value: unknown): PageInfo | null {
  if (value === undefined) return null; // no content script answered: nothing to report
  if (
    !isRecord(value) ||
    typeof value.hostname !== 'string' ||
    value.hostname.length > 253 ||
    typeof value.enabled !== 'boolean' ||
    !Array.isArray(value.entities)
  ) {
    console.warn('Gloss: ignored an invalid pageInfo answer');
    return null;
  }
  const entities = value.entities.filter(isPageEntity);
  if (entities.length < value.entities.length)
    console.warn(`Gloss: dropped ${value.entities.length - entities.length} invalid page entities`);
  return { hostname: value.hostname, enabled: value.enabled, entities };
}
