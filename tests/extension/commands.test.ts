import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import { loadSettings, saveSettings } from '@/extension/settings-storage';

// The content script's side of the conversation, as the background sees it.
const tabAnswers = vi.hoisted(() => ({ sent: [] as [number, unknown][], hostname: 'news.example.com' }));
vi.mock('@/extension/messaging', () => ({
  sendToBackground: vi.fn(),
  sendToTab: vi.fn(async (tabId: number, message: { type: string }) => {
    tabAnswers.sent.push([tabId, message]);
    if (message.type === 'pageInfo') return { hostname: tabAnswers.hostname, enabled: true, entities: [] };
    return { done: true };
  }),
}));

const { runCommand, commandTab } = await import('@/extension/commands');

beforeEach(() => {
  fakeBrowser.reset();
  tabAnswers.sent = [];
});
afterEach(() => vi.restoreAllMocks());

describe('keyboard commands', () => {
  it('toggle-site asks the tab for its hostname and switches that site off, then on again', async () => {
    expect(await runCommand('toggle-site', 4)).toEqual({ done: true });
    expect(tabAnswers.sent).toEqual([[4, { type: 'pageInfo' }]]);
    expect((await loadSettings()).disabledSites).toEqual(['news.example.com']);
    await runCommand('toggle-site', 4);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('toggle-site follows the "only on listed sites" mode', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, siteMode: 'only-on-listed' });
    await runCommand('toggle-site', 4);
    expect((await loadSettings()).enabledSites).toEqual(['news.example.com']);
  });

  it('open-panel asks the tab’s content script to open its panel', async () => {
    expect(await runCommand('open-panel', 9)).toEqual({ done: true });
    expect(tabAnswers.sent).toEqual([[9, { type: 'openPanel' }]]);
  });

  it('does nothing without a tab, or when the tab cannot answer', async () => {
    expect(await runCommand('toggle-site', undefined)).toEqual({ done: false });
    tabAnswers.hostname = '';
    expect(await runCommand('toggle-site', 4)).toEqual({ done: false });
    tabAnswers.hostname = 'news.example.com';
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('an extension page opened as a tab acts on the other tab of its window used last', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, windowId: 1, lastAccessed: 10 },
      { id: 2, windowId: 1, lastAccessed: 30 },
      { id: 3, windowId: 1, lastAccessed: 40 },
    ] as never);
    expect(await commandTab({ id: 3, windowId: 1 })).toBe(2);
  });
});
