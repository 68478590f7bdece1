// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../page/text-blocks';
import { blockRange } from '../../page/ranges';

function blockOf(html: string) {
  document.body.innerHTML = html;
  const [block] = collectTextBlocks(document.body);
  if (!block) throw new Error('no block');
  return block;
}

describe('text segments', () => {
  it('keeps the words and single spaces of one text node in one segment', () => {
    const block = blockOf('<p>Vladimir Putin met Xi Jinping</p>');
    expect(block.text).toBe('Vladimir Putin met Xi Jinping');
    expect(block.segments).toHaveLength(1);
    expect(blockRange(block, 19, 29)?.toString()).toBe('Xi Jinping');
  });

  it('starts a new segment where whitespace collapsed, so offsets after it still map exactly', () => {
    const block = blockOf('<p>Talks in\n      Moscow and   Beijing</p>');
    expect(block.text).toBe('Talks in Moscow and Beijing');
    expect(blockRange(block, 9, 15)?.toString()).toBe('Moscow');
    expect(blockRange(block, 20, 27)?.toString()).toBe('Beijing');
  });

  it('drops a trailing space even when it was merged into the words before it', () => {
    const block = blockOf('<p>Moscow said </p>');
    expect(block.text).toBe('Moscow said');
    expect(block.segments.at(-1)?.end).toBe(block.text.length);
    expect(blockRange(block, 7, 11)?.toString()).toBe('said');
  });

  it('does not merge across text nodes or inline elements', () => {
    const block = blockOf('<p>Angela <b>Merkel</b> spoke</p>');
    expect(block.text).toBe('Angela Merkel spoke');
    expect(new Set(block.segments.map((s) => s.node)).size).toBe(3);
    expect(blockRange(block, 0, 13)?.toString()).toBe('Angela Merkel');
  });
});
