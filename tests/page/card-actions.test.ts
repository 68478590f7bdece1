import { describe, expect, it } from 'vitest';
import { hiddenEntityIds, hiddenKeys, withHiddenName, withSiteOff } from '@/entrypoints/content/card-actions';
import type { Candidate } from '@/engine/messages';
import { DEFAULT_SETTINGS } from '@/engine/settings';

const none = { ...DEFAULT_SETTINGS, hiddenNames: [] };

const candidate = (id: string, name: string): Candidate => ({ id, name, type: 'person', description: '' });

describe('card actions on settings', () => {
  it('"Hide this name" stores one entry, the card’s name, once', () => {
    const once = withHiddenName(none, 'Vladimir Putin');
    expect(once.hiddenNames).toEqual(['Vladimir Putin']);
    expect(withHiddenName(once, ' vladimir  PUTIN ')).toBe(once);
    expect(withHiddenName(none, '   ')).toBe(none);
    expect([...hiddenKeys(once)]).toEqual(['vladimir putin']);
  });

  it('finds the entities named by hidden names, not those that only share an alias', async () => {
    const store: Record<string, Candidate[]> = {
      'Vladimir Putin': [candidate('gloss:vladimir-putin', 'Vladimir Putin')],
      Paris: [candidate('city:paris', 'Paris'), candidate('gloss:paris-hilton', 'Paris Hilton')],
    };
    const asked: string[] = [];
    const lookup = async (name: string) => {
      asked.push(name);
      return store[name] ?? [];
    };
    const settings = { ...none, hiddenNames: ['Vladimir Putin', 'Paris', 'Nobody Known'] };
    expect([...(await hiddenEntityIds(settings, lookup))].sort()).toEqual([
      'city:paris',
      'gloss:vladimir-putin',
    ]);
    expect(asked).toEqual(['Vladimir Putin', 'Paris', 'Nobody Known']);
    expect((await hiddenEntityIds(none, lookup)).size).toBe(0);
  });

  it('"Turn off on this site" lists the site in either site mode', () => {
    expect(withSiteOff({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'News.Example.com').disabledSites).toEqual(
      ['news.example.com'],
    );
    const only = { ...DEFAULT_SETTINGS, siteMode: 'only-on-listed' as const, enabledSites: ['example.com'] };
    expect(withSiteOff(only, 'news.example.com').enabledSites).toEqual([]);
  });
});
