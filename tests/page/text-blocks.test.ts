// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockOffsetsInDocument,
  collectTextBlocks,
  documentText,
  iterateTextBlocks,
} from '../../page/text-blocks';
import type { TextBlock } from '../../page/text-blocks';
import { blockOffsetToPoint } from '../../page/ranges';

function texts(html: string, hostTagName?: string): string[] {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body, { hostTagName }).map((block) => block.text);
}

/** Every offset of every block maps back to the very character it shows. */
function expectExactMap(block: TextBlock): void {
  for (const segment of block.segments) {
    const shown = block.text.slice(segment.start, segment.end);
    const source = segment.node.data.slice(segment.nodeStart, segment.nodeEnd);
    if (segment.nodeEnd === segment.nodeStart) expect(shown).toMatch(/^[ \n]$/);
    else if (/^\s+$/.test(source)) expect(shown).toBe(' ');
    else expect(shown).toBe(source);
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectTextBlocks', () => {
  it('makes one block per paragraph, heading, list item, cell and caption', () => {
    expect(
      texts(`<h1>Title</h1><p>First para.</p><ul><li>One</li><li>Two</li></ul>
        <table><caption>Cap</caption><tr><td>A1</td><th>B1</th></tr></table><figure><img><figcaption>Fig</figcaption></figure>`),
    ).toEqual(['Title', 'First para.', 'One', 'Two', 'Cap', 'A1', 'B1', 'Fig']);
  });

  it('keeps inline elements inside their block and splits text around nested blocks', () => {
    expect(texts('<div>Before <b>bold <i>Vladimir</i></b> Putin<p>inner</p>after</div>')).toEqual([
      'Before bold Vladimir Putin',
      'inner',
      'after',
    ]);
  });

  it('collapses runs of source whitespace into one space and trims blocks', () => {
    expect(texts('<p>\n   Vladimir\n     Putin   said  </p>')).toEqual(['Vladimir Putin said']);
  });

  it('keeps no-break spaces and entities as the characters they are', () => {
    const blocks = texts('<p>Hong&nbsp;Kong &amp; Macau&#8217;s</p>');
    expect(blocks).toEqual(['Hong\u00a0Kong & Macau\u2019s']);
  });

  it('skips code, form fields, scripts, editors, svg, navigation and Gloss own host', () => {
    expect(
      texts(
        `<p>Keep</p><script>var x = "Russia"</script><style>p{}</style><noscript>no</noscript>
         <template><p>t</p></template><textarea>Moscow</textarea><select><option>China</option></select>
         <button>Share</button><pre>China</pre><p>Call <code>Moscow()</code>now</p><kbd>k</kbd><samp>s</samp>
         <div contenteditable="true">Edit me</div><svg><text>Paris</text></svg><math><mi>x</mi></math>
         <nav><a>Europe</a></nav><div role="navigation">Asia</div><gloss-host>Card text</gloss-host>`,
        'GLOSS-HOST',
      ),
    ).toEqual(['Keep', 'Call now']);
  });

  it('skips links that share the page, told by where they lead', () => {
    expect(
      texts(
        `<p>Share this with <a href="https://www.facebook.com/sharer/sharer.php?u=x"><span>Facebook</span></a>
         or <a href="mailto:?subject=x">Email</a></p>
         <p>Facebook tracks people, said <a href="https://twitter.com/facebook">Twitter</a>.</p>`,
      ),
    ).toEqual(['Share this with or', 'Facebook tracks people, said Twitter.']);
  });

  it('keeps the words around a skipped inline element apart', () => {
    expect(texts('<p>Vladimir<code>x</code>Putin</p>')).toEqual(['Vladimir Putin']);
  });

  it('reads the skipping attributes case by case: only their skipping values skip', () => {
    expect(
      texts(`<p aria-hidden="false">A</p><p role="main">B</p><div contenteditable="FALSE">C</div>
        <div contenteditable="">D</div><div contenteditable="plaintext-only">E</div><p class="x" hidden>F</p>`),
    ).toEqual(['A', 'B', 'C']);
  });

  it('keeps words apart around an empty skipped or hidden element, and ends a block at an empty block', () => {
    expect(
      texts(
        '<p>Vladimir<span hidden></span>Putin <i hidden></i>said<img>so<div></div>then</p><p><b></b>x</p>',
      ),
    ).toEqual(['Vladimir Putin saidso', 'then', 'x']);
  });

  it('turns <br> into a line break inside the block', () => {
    expect(texts('<p>Moscow<br>Beijing</p>')).toEqual(['Moscow\nBeijing']);
  });

  it('skips hidden elements: hidden attribute, aria-hidden, display:none, visibility:hidden', () => {
    expect(
      texts(`<p>Shown</p><p hidden>H1</p><p aria-hidden="true">H2</p><p style="display:none">H3</p>
        <p style="visibility:hidden">H4</p><div style="display:none"><p>H5</p></div>`),
    ).toEqual(['Shown']);
  });

  it('finds elements hidden by a stylesheet when asked for the computed style (no checkVisibility)', () => {
    document.body.innerHTML = '<style>.gone { display: none }</style><p>Shown</p><p class="gone">Hidden</p>';
    const blocks = collectTextBlocks(document.body, { computedStyle: true });
    expect(blocks.map((block) => block.text)).toEqual(['Shown']);
  });

  it('uses checkVisibility where the browser has it, keeping display: contents', () => {
    document.body.innerHTML =
      '<p id="a">Seen</p><p id="b">Unseen</p><div id="c" style="display: contents"><p>Inside</p></div>';
    const proto = Element.prototype as { checkVisibility?: () => boolean };
    proto.checkVisibility = function (this: Element) {
      return this.id !== 'b' && this.id !== 'c';
    };
    try {
      expect(texts(document.body.innerHTML)).toEqual(['Seen', 'Inside']);
    } finally {
      delete proto.checkVisibility;
    }
  });

  it('maps every block offset back to its node, through nested inline elements', () => {
    document.body.innerHTML =
      '<p>  The <a href="#">Kremlin\n  said</a>, <em>Vladimir <b>Putin</b></em>&nbsp;agreed </p>';
    const [block] = collectTextBlocks(document.body);
    expect(block?.text).toBe('The Kremlin said, Vladimir Putin\u00a0agreed');
    expectExactMap(block as TextBlock);
    const start = (block as TextBlock).text.indexOf('Putin');
    const point = blockOffsetToPoint(block as TextBlock, start, 'start');
    expect(point?.node.data).toBe('Putin');
    expect(point?.offset).toBe(0);
    const end = blockOffsetToPoint(block as TextBlock, start + 5, 'end');
    expect(end?.node.data).toBe('Putin');
    expect(end?.offset).toBe(5);
  });

  it('yields blocks lazily, so a caller can stop between them', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const iterator = iterateTextBlocks(document.body);
    expect(iterator.next().value?.text).toBe('a');
    expect(iterator.next().value?.text).toBe('b');
  });
});

describe('documentText', () => {
  it('joins blocks with a blank line and reports where each starts', () => {
    document.body.innerHTML = '<p>Russia</p><p>and China</p>';
    const blocks = collectTextBlocks(document.body);
    const text = documentText(blocks);
    expect(text).toBe('Russia\n\nand China');
    const offsets = blockOffsetsInDocument(blocks);
    expect(offsets).toEqual([0, 8]);
    expect(text.slice(offsets[1], (offsets[1] ?? 0) + 9)).toBe('and China');
  });
});
