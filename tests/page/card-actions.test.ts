import { describe, expect, it } from 'vitest';
import { hiddenKeys, withHiddenName, withSiteOff } from '@/entrypoints/content/card-actions';
import { DEFAULT_SETTINGS } from '@/engine/settings';

describe('card actions on settings', () => {
  it('"Hide this name" adds the name as read and the card’s name, once each', () => {
    const once = withHiddenName({ ...DEFAULT_SETTINGS, hiddenNames: [] }, 'Putin', 'Vladimir Putin');
    expect(once.hiddenNames).toEqual(['Putin', 'Vladimir Putin']);
    expect(withHiddenName(once, 'PUTIN', 'Vladimir Putin').hiddenNames).toEqual(['Putin', 'Vladimir Putin']);
    expect(withHiddenName({ ...DEFAULT_SETTINGS, hiddenNames: [] }, 'Moscow', 'Moscow').hiddenNames).toEqual([
      'Moscow',
    ]);
    expect([...hiddenKeys(once)]).toEqual(['putin', 'vladimir putin']);
  });

  it('"Turn off on this site" lists the site in either site mode', () => {
    expect(withSiteOff({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'News.Example.com').disabledSites).toEqual(
      ['news.example.com'],
    );
    const only = { ...DEFAULT_SETTINGS, siteMode: 'only-on-listed' as const, enabledSites: ['example.com'] };
    expect(withSiteOff(only, 'news.example.com').enabledSites).toEqual([]);
  });
});
