import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../page/hover-intent';
import { isTowardCard } from '../../page/safe-path';

// The card sits below the name: the pointer leaves the name at about (100, 100).
const card = { left: 60, top: 130, right: 380, bottom: 330 };

function setUp() {
  const events = { show: [] as string[], hide: 0 };
  const intent = new HoverIntent<string>({
    hoverDelayMs: 500,
    towardCard: (from, to) => isTowardCard(from, to, card),
    onLookup: () => {},
    onShow: (t) => events.show.push(t),
    onHide: () => events.hide++,
  });
  let now = 0;
  const at = (x: number, y: number, target: string | null, overCard = false) => {
    now += 40;
    intent.pointer({ x, y, time: now, target, overCard });
  };
  return { intent, events, at };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('HoverIntent: the safe path into the card', () => {
  it('crossing another name on the way to the card opens no other card, and the card stays', () => {
    const { intent, events, at } = setUp();
    at(98, 100, 'putin');
    at(100, 100, 'putin');
    vi.advanceTimersByTime(500);
    expect(events.show).toEqual(['putin']);
    // Down towards the card over a name on the next line, slowly (each move within the grace).
    for (let y = 105; y <= 125; y += 5) {
      at(100, y, y === 115 ? 'moscow' : null);
      vi.advanceTimersByTime(200);
    }
    at(100, 135, null, true);
    vi.advanceTimersByTime(2000);
    expect(events.show).toEqual(['putin']);
    expect(events.hide).toBe(0);
    expect(intent.current).toBe('putin');
  });

  it('stopping on the way closes the card after the 300 ms grace', () => {
    const { events, at } = setUp();
    at(98, 100, 'putin');
    at(100, 100, 'putin');
    vi.advanceTimersByTime(500);
    at(100, 110, null);
    vi.advanceTimersByTime(299);
    expect(events.hide).toBe(0);
    vi.advanceTimersByTime(1);
    expect(events.hide).toBe(1);
  });

  it('moving away from the card onto another name switches to it after the delay', () => {
    const { events, at } = setUp();
    at(98, 100, 'putin');
    at(100, 100, 'putin');
    vi.advanceTimersByTime(500);
    at(130, 98, 'moscow');
    at(131, 98, 'moscow');
    vi.advanceTimersByTime(300);
    expect(events.hide).toBe(1);
    vi.advanceTimersByTime(200);
    expect(events.show).toEqual(['putin', 'moscow']);
  });
});
