import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../page/highlights';

describe('highlightCss: the reader’s highlight style', () => {
  it('underlines with a dotted line in each type’s colour by default', () => {
    const css = highlightCss();
    expect(css).toContain(
      '::highlight(gloss-person) { text-decoration: underline dotted rgba(232, 89, 12, 1) 2px; }',
    );
    expect(css).not.toContain('::highlight(gloss-person) { background');
  });

  it('gives a soft background instead, translucent so it reads on light and dark pages', () => {
    const css = highlightCss('background');
    expect(css).toMatch(/::highlight\(gloss-place\) \{ background-color: rgba\(28, 126, 214, 0\.22\); \}/);
    expect(css).not.toContain('text-decoration');
  });

  it('draws nothing for "none" (hover still works), but still styles the popup’s flash', () => {
    const css = highlightCss('none');
    expect(css).not.toMatch(/gloss-(person|place|organisation|event|other)/);
    expect(css).toContain('::highlight(gloss-flash)');
  });
});
