// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../page/text-blocks';
import type { TextBlock } from '../../page/text-blocks';
import { blockRange } from '../../page/ranges';
import { MentionIndex } from '../../page/mention-index';
import type { PageMention } from '../../page/mention-index';
import { caretAt, mentionAtPoint, rectAt } from '../../page/hit-test';

function mentionFor(block: TextBlock, surface: string, entityId: string): PageMention {
  const start = block.text.indexOf(surface);
  const range = blockRange(block, start, start + surface.length) as Range;
  return { range, entityId, type: 'place', score: 0.9, surface };
}

function setUp(): { index: MentionIndex; moscow: PageMention; putin: PageMention } {
  document.body.innerHTML = '<p>From Moscow, <b>Vladimir</b> Putin said</p>';
  const block = collectTextBlocks(document.body)[0] as TextBlock;
  const index = new MentionIndex();
  const moscow = mentionFor(block, 'Moscow', 'moscow');
  const putin = mentionFor(block, 'Vladimir Putin', 'putin');
  index.add(moscow);
  index.add(putin);
  return { index, moscow, putin };
}

afterEach(() => {
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

describe('MentionIndex', () => {
  it('finds the mention at a caret position in any node it covers', () => {
    const { index, moscow, putin } = setUp();
    const [first, second] = Array.from(document.body.querySelectorAll('p, b')).map(
      (el) => el.firstChild as Text,
    );
    expect(index.at(first as Text, 7)).toEqual([moscow]);
    expect(index.at(second as Text, 3)).toEqual([putin]);
    const tail = (document.querySelector('b') as Element).nextSibling as Text;
    expect(index.at(tail, 3)).toEqual([putin]);
    expect(index.at(tail, 10)).toEqual([]);
    expect(index.at(first as Text, 1)).toEqual([]);
  });

  it('skips mentions the filter hides and forgets removed ones', () => {
    const { index, moscow } = setUp();
    const text = document.querySelector('p')?.firstChild as Text;
    expect(index.at(text, 7, (m) => m !== moscow)).toEqual([]);
    index.remove(moscow);
    expect(index.at(text, 7)).toEqual([]);
    expect(index.size).toBe(1);
    expect(index.covers(text)).toBe(false);
  });
});

describe('rectAt', () => {
  const rects = [
    { left: 10, top: 10, right: 50, bottom: 30 },
    { left: 0, top: 30, right: 20, bottom: 50 },
  ];
  it.each([
    [20, 20, 0],
    [10, 35, 1],
    [50, 30, 0],
  ])('(%i, %i) is in rect %i', (x, y, expected) => {
    expect(rectAt(rects, x, y)).toBe(rects[expected]);
  });
  it('is null in blank space past the end of a line', () => {
    expect(rectAt(rects, 80, 20)).toBeNull();
    expect(rectAt(rects, 52, 20, 1)).toBeNull();
    expect(rectAt(rects, 51, 20, 1)).toBe(rects[0]);
  });
});

describe('mentionAtPoint', () => {
  it('is null where the browser has no caret API (jsdom)', () => {
    const { index } = setUp();
    expect(caretAt(document, 1, 1)).toBeNull();
    expect(mentionAtPoint(document, index, { x: 1, y: 1 })).toBeNull();
  });

  it('confirms the caret position against the mention rects', () => {
    const { index, moscow } = setUp();
    const text = document.querySelector('p')?.firstChild as Text;
    (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = () => ({
      offsetNode: text,
      offset: 7,
    });
    moscow.range.getClientRects = () =>
      [{ left: 40, top: 0, right: 90, bottom: 20 }] as unknown as DOMRectList;
    expect(mentionAtPoint(document, index, { x: 60, y: 10 })?.mention).toBe(moscow);
    // The caret API answers the nearest text even far right of the line's end.
    expect(mentionAtPoint(document, index, { x: 400, y: 10 })).toBeNull();
  });
});
