import type { CardData } from '@/engine/messages';
import { sendToBackground } from '@/extension/messaging';
import { parseCardResponse } from './card-data';

const MAX_CARDS = 200;

/** Card data asked of the background once per entity (looked up on dwell, shown after the delay). */
export class CardCache {
  private cards = new Map<string, Promise<CardData | null>>();

  get(id: string): Promise<CardData | null> {
    const cached = this.cards.get(id);
    if (cached) return cached;
    const pending = sendToBackground<unknown>({ type: 'card', id })
      .then(parseCardResponse)
      .catch((error: unknown) => {
        console.warn('Gloss: the background gave no card', error);
        return null;
      })
      .then((card) => {
        // A failure is not remembered: the next hover asks again.
        if (!card) this.cards.delete(id);
        return card;
      });
    if (this.cards.size >= MAX_CARDS) this.cards.delete(this.cards.keys().next().value as string);
    this.cards.set(id, pending);
    return pending;
  }
}
