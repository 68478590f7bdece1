// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionLayer } from '../../page/mention-layer';
import type { HighlightRegistry } from '../../page/highlights';
import type { MentionData } from '../../engine/messages';
import type { EntityType } from '../../engine/types';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { collectTextBlocks } from '../../page/text-blocks';
import type { TextBlock } from '../../page/text-blocks';

/** Records what is underlined, as `type:text` strings. */
function recordingRegistry(): HighlightRegistry & { ranges: Map<Range, string> } {
  const ranges = new Map<Range, string>();
  return {
    ranges,
    supported: true,
    add: (type, range) => void ranges.set(range, `${type}:${range.toString()}`),
    remove: (_type, range) => void ranges.delete(range),
    clear: () => ranges.clear(),
    dispose: () => ranges.clear(),
  };
}

const filter = { types: DEFAULT_SETTINGS.types, threshold: 0.5 };
let blocks: TextBlock[];

function mention(
  block: number,
  surface: string,
  entityId: string,
  type: EntityType,
  score = 0.9,
  nth = 0,
): MentionData {
  const text = (blocks[block] as TextBlock).text;
  let start = text.indexOf(surface);
  for (let i = 0; i < nth; i++) start = text.indexOf(surface, start + 1);
  return { block, start, end: start + surface.length, entityId, type, score };
}

beforeEach(() => {
  document.body.innerHTML = '<p>Moscow and Putin.</p><p id="second">Putin left Moscow. Kyiv waits.</p>';
  blocks = collectTextBlocks(document.body);
});

function fill(layer: MentionLayer): void {
  layer.add(blocks, [
    mention(0, 'Moscow', 'moscow', 'place'),
    mention(0, 'Putin', 'putin', 'person'),
    mention(1, 'Putin', 'putin', 'person'),
    mention(1, 'Moscow', 'moscow', 'place'),
    mention(1, 'Kyiv', 'kyiv', 'place', 0.3),
  ]);
}

describe('MentionLayer', () => {
  it('underlines the first mention of each entity; every shown mention counts and is hoverable', () => {
    const registry = recordingRegistry();
    const layer = new MentionLayer(registry, filter);
    fill(layer);
    expect([...registry.ranges.values()]).toEqual(['place:Moscow', 'person:Putin']);
    expect(layer.shownCount).toBe(4);
    expect(layer.underlinedCount).toBe(2);
    const second = document.getElementById('second')?.firstChild as Text;
    expect(layer.index.at(second, 1, layer.isShown)).toHaveLength(1);
    expect(layer.index.at(second, 22, layer.isShown)).toEqual([]);
  });

  it('underlines every shown mention when asked', () => {
    const registry = recordingRegistry();
    const layer = new MentionLayer(registry, filter, { firstOnly: false });
    fill(layer);
    expect(registry.ranges.size).toBe(4);
  });

  it('switches between first mentions and every mention in place', () => {
    const registry = recordingRegistry();
    const layer = new MentionLayer(registry, filter);
    fill(layer);
    layer.setFirstOnly(false);
    expect([...registry.ranges.values()].sort()).toEqual([
      'person:Putin',
      'person:Putin',
      'place:Moscow',
      'place:Moscow',
    ]);
    expect(layer.underlinedCount).toBe(4);
    layer.setFirstOnly(true);
    expect([...registry.ranges.values()]).toEqual(['place:Moscow', 'person:Putin']);
    expect(layer.shownCount).toBe(4);
  });

  it('re-filters by type and threshold without new mentions', () => {
    const registry = recordingRegistry();
    const layer = new MentionLayer(registry, filter);
    fill(layer);
    layer.setFilter({ types: { ...filter.types, person: false }, threshold: 0.2 });
    expect([...registry.ranges.values()]).toEqual(['place:Moscow', 'place:Kyiv']);
    expect(layer.shownCount).toBe(3);
    expect(layer.entities()).toEqual([
      { id: 'moscow', name: 'Moscow', type: 'place', count: 2 },
      { id: 'kyiv', name: 'Kyiv', type: 'place', count: 1 },
    ]);
  });

  it('moves the underline to the next mention when the page removes the first', () => {
    const registry = recordingRegistry();
    const layer = new MentionLayer(registry, filter);
    fill(layer);
    document.querySelector('p')?.remove();
    expect(layer.prune()).toBe(2);
    expect(layer.shownCount).toBe(2);
    const underlined = [...registry.ranges.keys()];
    expect(underlined.map((range) => range.toString()).sort()).toEqual(['Moscow', 'Putin']);
    expect(
      underlined.every((range) => document.getElementById('second')?.contains(range.startContainer)),
    ).toBe(true);
  });

  it('drops a mention whose text the page rewrote', () => {
    const layer = new MentionLayer(recordingRegistry(), filter);
    fill(layer);
    (document.getElementById('second')?.firstChild as Text).replaceData(0, 5, 'Biden');
    expect(layer.prune()).toBe(1);
  });
});
