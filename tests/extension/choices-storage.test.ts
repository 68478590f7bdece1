import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadChoices,
  loadSiteChoices,
  removeChoice,
  saveChoice,
  updateChoices,
  validateChoices,
  watchChoices,
} from '@/extension/choices-storage';

const texas = { id: 'geo:paris-tx', name: 'Paris', type: 'place' as const };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('"Not this?" choices storage', () => {
  it('remembers a choice for a name on a site, by the name’s folded key, in local storage', async () => {
    await saveChoice('News.Example.com', 'PARIS', texas);
    expect(await loadSiteChoices('news.example.com')).toEqual({ paris: texas });
    expect(await loadSiteChoices('other.example.com')).toEqual({});
    const raw = await fakeBrowser.storage.local.get('choices');
    expect(raw.choices).toEqual({ 'news.example.com': { paris: texas } });
  });

  it('forgets one choice, and the site once it has none', async () => {
    await saveChoice('a.example', 'Paris', texas);
    await saveChoice('a.example', 'Georgia', { id: 'us-ga', name: 'Georgia', type: 'place' });
    await removeChoice('a.example', 'paris');
    expect(Object.keys(await loadSiteChoices('a.example'))).toEqual(['georgia']);
    await removeChoice('a.example', 'georgia');
    expect(await loadChoices()).toEqual({});
  });

  it('keeps the valid part of a corrupt stored value and reports the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(
      validateChoices({
        'a.example': { paris: texas, bad: { id: 3 }, worse: { ...texas, type: 'planet' } },
        'not a host!': { paris: texas },
        'b.example': 'nope',
      }),
    ).toEqual({ 'a.example': { paris: texas } });
    expect(warn).toHaveBeenCalledOnce();
    expect(validateChoices('garbage')).toEqual({});
    expect(validateChoices(null)).toEqual({});
  });

  it('never saves an invalid choice', async () => {
    await saveChoice('a.example', 'Paris', { id: '', name: 'x', type: 'place' });
    await saveChoice('a.example', '   ', texas);
    expect(await loadChoices()).toEqual({});
  });

  it('tells watchers of changes from any context', async () => {
    const seen = vi.fn();
    const unwatch = watchChoices(seen);
    await saveChoice('a.example', 'Paris', texas);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ 'a.example': { paris: texas } }));
    unwatch();
  });

  it('applies many changes in one write: adds, replaces and forgets, skipping what is invalid', async () => {
    const georgia = { id: 'us-ga', name: 'Georgia', type: 'place' as const };
    await saveChoice('a.example', 'Paris', texas);
    await saveChoice('b.example', 'Georgia', georgia);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await updateChoices([
      { hostname: 'a.example', key: 'paris', choice: null },
      { hostname: 'b.example', key: 'georgia', choice: { ...georgia, id: 'geo:georgia' } },
      { hostname: 'C.Example', key: 'Paris', choice: texas },
      { hostname: 'not a host', key: 'paris', choice: texas },
      { hostname: 'c.example', key: 'bad', choice: { id: '', name: 'x', type: 'place' } },
    ]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await loadChoices()).toEqual({
      'b.example': { georgia: { ...georgia, id: 'geo:georgia' } },
      'c.example': { paris: texas },
    });
  });

  it('writes nothing for no changes, and a refused write changes nothing', async () => {
    await saveChoice('a.example', 'Paris', texas);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await updateChoices([]);
    expect(set).not.toHaveBeenCalled();
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateChoices([{ hostname: 'a.example', key: 'paris', choice: null }])).rejects.toThrow();
    expect(await loadSiteChoices('a.example')).toEqual({ paris: texas });
  });
});
