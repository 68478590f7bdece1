// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectTextBlocksIn, rootsForAddedNodes } from '../../page/added-blocks';

describe('collectTextBlocksIn', () => {
  it('reads only the added subtrees, in document order', () => {
    document.body.innerHTML = '<p>Old text</p><div id="feed"></div>';
    const feed = document.getElementById('feed') as HTMLElement;
    const second = document.createElement('p');
    second.textContent = 'Second';
    const first = document.createElement('p');
    first.textContent = 'First';
    feed.append(first, second);
    expect(collectTextBlocksIn([second, first]).map((block) => block.text)).toEqual(['First', 'Second']);
  });

  it('reads a sentence whole when an inline part of it is added', () => {
    document.body.innerHTML = '<p id="p">Vladimir </p>';
    const name = document.createElement('b');
    name.textContent = 'Putin';
    document.getElementById('p')?.append(name);
    expect(collectTextBlocksIn([name]).map((block) => block.text)).toEqual(['Vladimir Putin']);
  });

  it('never re-reads the whole body for a word added straight to it', () => {
    document.body.innerHTML = '<p>Old</p>';
    const word = document.createTextNode('Moscow');
    document.body.append(word);
    expect(collectTextBlocksIn([word]).map((block) => block.text)).toEqual(['Moscow']);
  });

  it('ignores nodes inside skipped content, detached nodes, and nested duplicates', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="e">x</p></div><section id="s"><p id="in">In</p></section>';
    const detached = document.createElement('p');
    const inner = document.getElementById('in') as Node;
    const section = document.getElementById('s') as Node;
    expect(rootsForAddedNodes([document.getElementById('e') as Node, detached, inner, section])).toEqual([
      section,
    ]);
  });
});
