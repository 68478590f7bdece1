import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { loadTargetPageInfo } from '@/extension/popup-api';

type Tab = Browser.tabs.Tab;
const tab = (props: Partial<Tab>) => props as Tab;
// A real popup has no tab of its own; the chrome types do not admit that getCurrent can give nothing.
const noTab = undefined as unknown as Tab;
const info = { hostname: 'news.example.com', enabled: true, entities: [] };

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadTargetPageInfo', () => {
  it('asks the active tab of the current window when it runs in a real popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(noTab);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab({ id: 5, windowId: 1 })]);
    const sendMessage = vi.fn().mockResolvedValue(info);
    fakeBrowser.tabs.sendMessage = sendMessage;
    expect(await loadTargetPageInfo()).toEqual(info);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'pageInfo' }, { frameId: 0 });
  });

  it('asks the last used other tab of its window when opened as a tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(tab({ id: 2, windowId: 1 }));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      tab({ id: 1, windowId: 1, lastAccessed: 10 }),
      tab({ id: 2, windowId: 1, lastAccessed: 30 }),
      tab({ id: 3, windowId: 1, lastAccessed: 20 }),
    ]);
    const sendMessage = vi.fn().mockResolvedValue(info);
    fakeBrowser.tabs.sendMessage = sendMessage;
    await loadTargetPageInfo();
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'pageInfo' }, { frameId: 0 });
  });

  it('gives null when no content script answers (a browser page)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(noTab);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab({ id: 5 })]);
    fakeBrowser.tabs.sendMessage = vi
      .fn()
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await loadTargetPageInfo()).toBeNull();
  });

  it('gives null, with a warning, for a malformed answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(noTab);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab({ id: 5 })]);
    fakeBrowser.tabs.sendMessage = vi.fn().mockResolvedValue({ hostname: 5 });
    expect(await loadTargetPageInfo()).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
