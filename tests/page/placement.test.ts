import { describe, expect, it } from 'vitest';
import { placeCard } from '../../page/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };

describe('placeCard', () => {
  it.each([
    // name, anchor, expected left/top/above/leftward
    [
      'below and right in the top-left quarter',
      { left: 100, top: 100, width: 60, height: 20 },
      [100, 128, false, false],
    ],
    ['above in the lower half', { left: 100, top: 600, width: 60, height: 20 }, [100, 392, true, false]],
    ['leftwards in the right half', { left: 700, top: 100, width: 60, height: 20 }, [440, 128, false, true]],
    [
      'above and leftwards in the bottom-right quarter',
      { left: 700, top: 600, width: 60, height: 20 },
      [440, 392, true, true],
    ],
    [
      'inside the left gutter for a mention at the very edge',
      { left: 0, top: 100, width: 40, height: 20 },
      [5, 128, false, false],
    ],
    [
      'inside the right gutter for a wide mention',
      { left: 480, top: 100, width: 530, height: 20 },
      [675, 128, false, true],
    ],
    [
      'just below a mention right above the middle',
      { left: 100, top: 380, width: 60, height: 20 },
      [100, 408, false, false],
    ],
    [
      'just above a mention right below the middle',
      { left: 100, top: 401, width: 60, height: 20 },
      [100, 193, true, false],
    ],
  ] as const)('places the card %s', (_name, anchor, [left, top, above, leftward]) => {
    expect(placeCard({ anchor, card, viewport })).toEqual({ left, top, above, leftward });
  });

  it.each([
    ['bottom', { left: 100, top: 350, width: 60, height: 20 }, 345],
    ['top', { left: 100, top: 430, width: 60, height: 20 }, 5],
  ] as const)(
    'keeps a tall card inside the %s gutter when it does not fit on its side',
    (_edge, anchor, top) => {
      expect(placeCard({ anchor, card: { width: 320, height: 450 }, viewport }).top).toBe(top);
    },
  );

  it('pins a card taller than the viewport to the top gutter', () => {
    const small = { width: 400, height: 300 };
    const placed = placeCard({
      anchor: { left: 10, top: 10, width: 50, height: 20 },
      card: { width: 320, height: 400 },
      viewport: small,
    });
    expect(placed.left).toBeGreaterThanOrEqual(5);
    expect(placed.top).toBe(5);
  });

  it('stays inside the viewport across a grid of anchors', () => {
    for (let x = 0; x <= 1000; x += 50)
      for (let y = 0; y <= 780; y += 40) {
        const p = placeCard({ anchor: { left: x, top: y, width: 40, height: 20 }, card, viewport });
        expect(p.left).toBeGreaterThanOrEqual(5);
        expect(p.left + card.width).toBeLessThanOrEqual(995);
        expect(p.top).toBeGreaterThanOrEqual(5);
        expect(p.top + card.height).toBeLessThanOrEqual(795);
      }
  });
});
