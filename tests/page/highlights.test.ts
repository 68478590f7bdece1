// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightRegistry, highlightCss } from '../../page/highlights';
import { installHighlightStyles } from '../../page/highlight-styles';

// jsdom has no CSS Custom Highlight API: a minimal stand-in with the browser's shape.
class FakeHighlight extends Set<Range> {}

type HighlightWindow = { CSS?: { highlights?: Map<string, unknown> }; Highlight?: unknown };

function installFakeApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const view = window as unknown as HighlightWindow;
  view.Highlight = FakeHighlight;
  view.CSS = { ...(view.CSS ?? {}), highlights: registry };
  return registry;
}

afterEach(() => {
  const view = window as unknown as HighlightWindow;
  delete view.Highlight;
  if (view.CSS) delete view.CSS.highlights;
  document.body.innerHTML = '';
});

function someRange(): Range {
  document.body.innerHTML = '<p>Moscow</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild as Node);
  return range;
}

describe('createHighlightRegistry', () => {
  it('does nothing, without throwing, where the API is missing', () => {
    const registry = createHighlightRegistry(document);
    expect(registry.supported).toBe(false);
    expect(() => registry.add('place', someRange())).not.toThrow();
  });

  it('keeps one highlight per type under gloss-<type>', () => {
    const api = installFakeApi();
    const registry = createHighlightRegistry(document);
    const range = someRange();
    registry.add('place', range);
    registry.add('person', someRange());
    expect([...api.keys()].sort()).toEqual(['gloss-person', 'gloss-place']);
    expect(api.get('gloss-place')?.has(range)).toBe(true);
    registry.remove('place', range);
    expect(api.get('gloss-place')?.size).toBe(0);
    registry.clear();
    expect(api.get('gloss-person')?.size).toBe(0);
    registry.dispose();
    expect(api.size).toBe(0);
  });
});

describe('installHighlightStyles', () => {
  it('styles every type with a dotted underline', () => {
    const css = highlightCss();
    for (const type of ['person', 'place', 'organisation', 'event', 'other'])
      expect(css).toMatch(new RegExp(`::highlight\\(gloss-${type}\\) \\{ text-decoration: underline dotted`));
  });

  it('swaps the rules for another style in place', () => {
    const host = document.createElement('gloss-host');
    document.documentElement.append(host);
    const styles = installHighlightStyles(document, host, 'underline');
    // jsdom may take either path: an adopted sheet or the <style> fallback.
    const rules = () =>
      [
        ...(document.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)),
        host.querySelector('style')?.textContent ?? '',
      ].join('\n');
    expect(rules()).toContain('underline dotted');
    styles.restyle('background');
    expect(rules()).not.toContain('underline dotted');
    expect(rules()).toContain('background-color');
    styles.remove();
    host.remove();
  });

  it('falls back to a <style> inside our own host, touching no page element', () => {
    document.body.innerHTML = '<p>page</p>';
    const host = document.createElement('gloss-host');
    document.documentElement.append(host);
    const before = document.body.innerHTML;
    const styles = installHighlightStyles(document, host);
    const adopted = (document.adoptedStyleSheets ?? []).length > 0;
    if (!adopted) expect(host.querySelector('style')?.textContent).toContain('::highlight(gloss-place)');
    expect(document.body.innerHTML).toBe(before);
    expect(document.head.querySelector('style')).toBeNull();
    styles.remove();
    expect(host.querySelector('style')).toBeNull();
    expect((document.adoptedStyleSheets ?? []).length).toBe(0);
    host.remove();
  });
});
