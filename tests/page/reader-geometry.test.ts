// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { preferredPlacement } from '../../page/float';
import { luminance, pageScheme, parseRgb } from '../../page/page-theme';
import { isTowardCard } from '../../page/safe-path';
import { TapDetector } from '../../page/tap';

// A card below and to the right of the point the pointer left the name at (100, 100).
const card = { left: 100, top: 130, right: 420, bottom: 330 };

describe('isTowardCard (the safe path into the card)', () => {
  it.each([
    [{ x: 100, y: 115 }, true, 'straight down towards the card'],
    [{ x: 110, y: 110 }, true, 'down and right, inside the 120° cone'],
    [{ x: 85, y: 112 }, true, 'down and a little left, still inside'],
    [{ x: 130, y: 105 }, false, 'mostly sideways along the line of text'],
    [{ x: 100, y: 85 }, false, 'away from the card'],
    [{ x: 100, y: 160 }, false, 'past the card edge (then it is over the card)'],
  ])('%j: %s (%s)', (to, expected) => {
    expect(isTowardCard({ x: 100, y: 100 }, to, card)).toBe(expected);
  });

  it('narrows with the angle', () => {
    expect(isTowardCard({ x: 100, y: 100 }, { x: 85, y: 112 }, card, 60)).toBe(false);
  });
});

describe('preferredPlacement (UX.md: flip past half the viewport)', () => {
  const viewport = { width: 1000, height: 800 };
  it.each([
    [{ left: 100, right: 160, top: 100, bottom: 120 }, 'bottom-start'],
    [{ left: 800, right: 860, top: 100, bottom: 120 }, 'bottom-end'],
    [{ left: 100, right: 160, top: 600, bottom: 620 }, 'top-start'],
    [{ left: 800, right: 860, top: 600, bottom: 620 }, 'top-end'],
  ])('%j → %s', (line, placement) => expect(preferredPlacement(line, viewport)).toBe(placement));
});

describe('TapDetector (scrolling never opens a card)', () => {
  const at = (x: number, y: number, time: number) => ({ pointerId: 1, x, y, time });
  it('a short still touch is a tap', () => {
    const taps = new TapDetector();
    taps.start(at(10, 10, 0));
    expect(taps.end(at(13, 12, 120))).toBe(true);
  });

  it.each([
    ['a drag', (t: TapDetector) => t.move(at(10, 40, 50)), at(10, 40, 100)],
    ['a scroll while down', (t: TapDetector) => t.cancel(), at(10, 10, 100)],
    ['a long press', () => {}, at(10, 10, 900)],
    ['a lift far away', () => {}, at(60, 10, 100)],
  ])('%s is not', (_what, between, lift) => {
    const taps = new TapDetector();
    taps.start(at(10, 10, 0));
    between(taps);
    expect(taps.end(lift)).toBe(false);
  });
});

describe('pageScheme (theme "auto" follows the page)', () => {
  it('parses computed colours and their luminance', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual([255, 255, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([22, 23, 26])).toBeLessThan(0.02);
  });

  it.each([
    ['#16171a', 'dark'],
    ['#fbfaf7', 'light'],
    ['rgb(40, 40, 40)', 'dark'],
  ])('a body painted %s reads as %s', (colour, scheme) => {
    document.body.style.background = colour;
    expect(pageScheme(document)).toBe(scheme);
    document.body.style.background = '';
  });

  it('a page that paints nothing follows its color-scheme', () => {
    document.documentElement.style.colorScheme = 'dark';
    expect(pageScheme(document)).toBe('dark');
    document.documentElement.style.colorScheme = '';
    expect(pageScheme(document)).toBe('light');
  });
});
