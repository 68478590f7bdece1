import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePageInfo } from '@/extension/page-info';
import { mostRecentOtherTab } from '@/extension/target-tab';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parsePageInfo', () => {
  it('accepts a valid answer', () => {
    const info = {
      hostname: 'news.example.com',
      enabled: true,
      entities: [{ id: 'a', name: 'A', type: 'place', count: 2 }],
    };
    expect(parsePageInfo(info)).toEqual(info);
  });

  it('drops invalid entities and keeps the rest', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = { id: 'a', name: 'A', type: 'person', count: 1 };
    const info = parsePageInfo({
      hostname: 'x.org',
      enabled: false,
      entities: [
        good,
        { id: 'b', name: 'B', type: 'alien', count: 1 },
        { id: 'c', name: 'C', type: 'place', count: -1 },
      ],
    });
    expect(info?.entities).toEqual([good]);
  });

  it.each([
    ['no answer', undefined],
    ['a string', 'hello'],
    ['a missing hostname', { enabled: true, entities: [] }],
    ['entities that are not a list', { hostname: 'x.org', enabled: true, entities: 3 }],
  ])('gives null for %s', (_name, value) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parsePageInfo(value)).toBeNull();
  });
});

describe('mostRecentOtherTab', () => {
  it('picks the most recently used tab that is not the popup itself', () => {
    const tabs = [
      { id: 1, lastAccessed: 100 },
      { id: 2, lastAccessed: 300 }, // the popup page, used last
      { id: 3, lastAccessed: 200 },
      { lastAccessed: 999 }, // no id: cannot be messaged
    ];
    expect(mostRecentOtherTab(tabs, 2)?.id).toBe(3);
  });

  it('gives nothing when the popup is the only tab', () => {
    expect(mostRecentOtherTab([{ id: 2, lastAccessed: 1 }], 2)).toBeUndefined();
  });
});
