import { describe, expect, it, vi } from 'vitest';
import { hiddenEntityIds, hiddenKeys, withHiddenName, withSiteOff } from '@/entrypoints/content/card-actions';
import { DEFAULT_SETTINGS } from '@/engine/settings';

const none = { ...DEFAULT_SETTINGS, hiddenNames: [] };

describe('card actions on settings', () => {
  it('"Hide this name" stores one entry, the card’s name, once', () => {
    const once = withHiddenName(none, 'Vladimir Putin');
    expect(once.hiddenNames).toEqual(['Vladimir Putin']);
    expect(withHiddenName(once, ' vladimir  PUTIN ')).toBe(once);
    expect(withHiddenName(none, '   ')).toBe(none);
    expect([...hiddenKeys(once)]).toEqual(['vladimir putin']);
  });

  it('asks the background once for the entities the hidden names name', async () => {
    const asked: string[][] = [];
    const ask = async (names: string[]) => {
      asked.push(names);
      return { ids: ['gloss:vladimir-putin', 'city:paris', 42] };
    };
    const settings = { ...none, hiddenNames: ['Vladimir Putin', 'Paris', '  '] };
    expect([...(await hiddenEntityIds(settings, ask))].sort()).toEqual([
      'city:paris',
      'gloss:vladimir-putin',
    ]);
    expect(asked).toEqual([['Vladimir Putin', 'Paris']]);
    expect((await hiddenEntityIds(none, ask)).size).toBe(0);
    expect(asked).toHaveLength(1);
  });

  it('no answer, or a malformed one, hides by the names’ text only', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const settings = { ...none, hiddenNames: ['Paris'] };
    expect((await hiddenEntityIds(settings, () => Promise.reject(new Error('no background')))).size).toBe(0);
    expect((await hiddenEntityIds(settings, async () => ({ candidates: [] }))).size).toBe(0);
  });

  it('"Turn off on this site" lists the site in either site mode', () => {
    expect(withSiteOff({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'News.Example.com').disabledSites).toEqual(
      ['news.example.com'],
    );
    const only = { ...DEFAULT_SETTINGS, siteMode: 'only-on-listed' as const, enabledSites: ['example.com'] };
    expect(withSiteOff(only, 'news.example.com').enabledSites).toEqual([]);
  });
});
