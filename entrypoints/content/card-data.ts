import type { CardData } from '@/engine/messages';
import { isEntityType } from '@/engine/types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the background's answer to a card request; the card, or null when there is none or it is malformed. */
export function parseCardResponse(value: unknown): CardData | null {
  if (!isRecord(value) || !isRecord(value.card)) return null;
  const card = value.card;
  const ok =
    typeof card.id === 'string' &&
    typeof card.name === 'string' &&
    isEntityType(card.type) &&
    typeof card.description === 'string' &&
    Array.isArray(card.facts) &&
    card.facts.every((fact) => isRecord(fact) && typeof fact.key === 'string') &&
    Array.isArray(card.aliases) &&
    card.aliases.every((alias) => typeof alias === 'string') &&
    (card.wikipedia === null || typeof card.wikipedia === 'string') &&
    (card.flag === null || typeof card.flag === 'string') &&
    isRecord(card.source) &&
    typeof card.source.name === 'string';
  if (!ok) console.warn('Gloss: ignored an invalid card answer');
  return ok ? (card as unknown as CardData) : null;
}
