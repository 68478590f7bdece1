import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../page/hover-intent';
import type { PointerSample } from '../../page/hover-intent';

type Events = { lookup: string[]; show: string[]; hide: number };

function setUp(hoverDelayMs = 500) {
  const events: Events = { lookup: [], show: [], hide: 0 };
  const intent = new HoverIntent<string>({
    hoverDelayMs,
    onLookup: (t) => events.lookup.push(t),
    onShow: (t) => events.show.push(t),
    onHide: () => events.hide++,
  });
  let now = 0;
  let x = 0;
  // A slow move (1 px per 16 ms frame) onto `target`.
  const move = (target: string | null, extra: Partial<PointerSample<string>> = {}) => {
    now += 16;
    x += 1;
    intent.pointer({ x, y: 0, time: now, target, ...extra });
  };
  return { intent, events, move };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('HoverIntent', () => {
  it('looks the mention up after a 150 ms dwell and shows it no earlier than the hover delay', () => {
    const { events, move } = setUp(500);
    move('putin');
    vi.advanceTimersByTime(149);
    expect(events.lookup).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events.lookup).toEqual(['putin']);
    vi.advanceTimersByTime(349);
    expect(events.show).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events.show).toEqual(['putin']);
  });

  it('follows the configured hover delay, never before the dwell', () => {
    const { events, move, intent } = setUp(0);
    move('putin');
    vi.advanceTimersByTime(149);
    expect(events.show).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events.show).toEqual(['putin']);
    intent.setHoverDelay(1000);
    move(null);
    vi.advanceTimersByTime(300);
    move('moscow');
    vi.advanceTimersByTime(999);
    expect(events.show).toEqual(['putin']);
    vi.advanceTimersByTime(1);
    expect(events.show).toEqual(['putin', 'moscow']);
  });

  it('opens nothing when the pointer only passes over a mention', () => {
    const { events, move } = setUp();
    move('putin');
    vi.advanceTimersByTime(100);
    move(null);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual({ lookup: [], show: [], hide: 0 });
  });

  it('opens nothing while the mouse sweeps fast across text', () => {
    const { events, intent } = setUp();
    // 20 px per 16 ms frame: 1.25 px/ms.
    for (let i = 0; i < 10; i++) intent.pointer({ x: i * 20, y: 0, time: i * 16, target: 'putin' });
    vi.advanceTimersByTime(2000);
    expect(events.show).toEqual([]);
    // Slowing down on the name counts as arriving there.
    intent.pointer({ x: 181, y: 0, time: 200, target: 'putin' });
    intent.pointer({ x: 182, y: 0, time: 216, target: 'putin' });
    vi.advanceTimersByTime(500);
    expect(events.show).toEqual(['putin']);
  });

  it('keeps the card for a 300 ms grace after the pointer leaves, and open while over the card', () => {
    const { events, move } = setUp();
    move('putin');
    vi.advanceTimersByTime(500);
    move(null);
    vi.advanceTimersByTime(299);
    expect(events.hide).toBe(0);
    move(null, { overCard: true });
    vi.advanceTimersByTime(5000);
    expect(events.hide).toBe(0);
    move(null);
    vi.advanceTimersByTime(300);
    expect(events.hide).toBe(1);
  });

  it('keeps the card when the pointer comes back to the mention within the grace', () => {
    const { events, move } = setUp();
    move('putin');
    vi.advanceTimersByTime(500);
    move(null);
    vi.advanceTimersByTime(200);
    move('putin');
    vi.advanceTimersByTime(1000);
    expect(events.hide).toBe(0);
    expect(events.show).toEqual(['putin']);
  });

  it('closes on Esc and does not reopen until the pointer leaves the mention', () => {
    const { events, move, intent } = setUp();
    move('putin');
    vi.advanceTimersByTime(500);
    expect(intent.escape()).toBe(true);
    expect(events.hide).toBe(1);
    move('putin');
    vi.advanceTimersByTime(2000);
    expect(events.show).toEqual(['putin']);
    move(null);
    move('putin');
    vi.advanceTimersByTime(500);
    expect(events.show).toEqual(['putin', 'putin']);
    expect(intent.escape()).toBe(true);
    expect(intent.escape()).toBe(false);
  });

  it('does not react while a text field has focus', () => {
    const { events, move } = setUp();
    move('putin', { blocked: true });
    vi.advanceTimersByTime(2000);
    expect(events).toEqual({ lookup: [], show: [], hide: 0 });
  });

  it('moves to another mention: the old card goes after the grace, the new one after its delay', () => {
    const { events, move } = setUp();
    move('putin');
    vi.advanceTimersByTime(500);
    move('moscow');
    vi.advanceTimersByTime(300);
    expect(events.hide).toBe(1);
    vi.advanceTimersByTime(200);
    expect(events.show).toEqual(['putin', 'moscow']);
  });
});
