// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../page/text-blocks';
import type { TextBlock } from '../../page/text-blocks';
import { blockRange } from '../../page/ranges';

function firstBlock(html: string): TextBlock {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body)[0] as TextBlock;
}

function rangeOf(block: TextBlock, surface: string): Range | null {
  const start = block.text.indexOf(surface);
  return blockRange(block, start, start + surface.length);
}

describe('blockRange', () => {
  it('covers a mention inside one text node', () => {
    const block = firstBlock('<p>Talks in Moscow today</p>');
    expect(rangeOf(block, 'Moscow')?.toString()).toBe('Moscow');
  });

  it('spans text nodes and inline elements', () => {
    const block = firstBlock('<p>President <a href="#">Vladimir</a> <b>Pu<i>tin</i></b> spoke</p>');
    const range = rangeOf(block, 'Vladimir Putin');
    expect(range?.toString()).toBe('Vladimir Putin');
    expect((range?.startContainer as Text).data).toBe('Vladimir');
    expect((range?.endContainer as Text).data).toBe('tin');
  });

  it('covers collapsed source whitespace between the words of a name', () => {
    const block = firstBlock('<p>in Hong\n      Kong now</p>');
    expect(rangeOf(block, 'Hong Kong')?.toString()).toBe('Hong\n      Kong');
  });

  it('rejects offsets outside the block and empty mentions', () => {
    const block = firstBlock('<p>Moscow</p>');
    expect(blockRange(block, 0, 7)).toBeNull();
    expect(blockRange(block, 3, 3)).toBeNull();
    expect(blockRange(block, -1, 2)).toBeNull();
  });

  it('gives null rather than throwing when the page shortened the text since it was read', () => {
    const block = firstBlock('<p>Talks in Moscow</p>');
    (block.segments[0] as { node: Text }).node.data = 'Talks';
    expect(blockRange(block, 9, 15)).toBeNull();
  });
});
