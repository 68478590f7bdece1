// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '@/components/OptionsApp';
import { OptionsApp } from '@/components/OptionsApp';
import type { RememberedChoices } from '@/components/OptionsChoices';
import type { PackSummary } from '@/components/OptionsPacks';
import { parsePack } from '@/engine/pack-parse';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import { t } from './locale';

/** A fake browser side: settings, choices and packs in memory, watchers told of every change. */
function fakeApi(initial: Partial<Settings> = {}, initialChoices: RememberedChoices = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let choices = initialChoices;
  let packs: PackSummary[] = [];
  const choiceWatchers = new Set<(value: RememberedChoices) => void>();
  const packWatchers = new Set<(value: PackSummary[]) => void>();
  const api = {
    loadSettings: async () => settings,
    saveSettings: vi.fn(async (next: Settings) => {
      settings = next;
    }),
    watchSettings: () => () => {},
    loadStoreSummary: async () => null,
    loadChoices: async () => choices,
    removeChoice: vi.fn(async (site: string, key: string) => {
      const rest = { ...choices[site] };
      delete rest[key];
      choices = { ...choices, [site]: rest };
      choiceWatchers.forEach((watch) => watch(choices));
    }),
    watchChoices: (callback: (value: RememberedChoices) => void) => {
      choiceWatchers.add(callback);
      return () => choiceWatchers.delete(callback);
    },
    loadPacks: async () => packs,
    watchPacks: (callback: (value: PackSummary[]) => void) => {
      packWatchers.add(callback);
      return () => packWatchers.delete(callback);
    },
    importPack: vi.fn(async (text: string, fileName: string) => {
      const parsed = parsePack(text, fileName);
      if (!parsed.ok) return parsed;
      const pack = {
        id: 'p1',
        name: parsed.pack.name,
        entryCount: parsed.pack.entries.length,
        importedAt: '2026-11-27T10:00:00Z',
      };
      packs = [...packs, pack];
      packWatchers.forEach((watch) => watch(packs));
      return { ok: true as const, pack };
    }),
    removePack: vi.fn(async (id: string) => {
      packs = packs.filter((pack) => pack.id !== id);
      packWatchers.forEach((watch) => watch(packs));
    }),
    exportPack: vi.fn(async () => {}),
    download: vi.fn(),
  } satisfies OptionsApi;
  return { api, saved: () => settings };
}

function chooseFile(input: HTMLElement, text: string, name: string) {
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

afterEach(() => {
  cleanup();
});

describe('site list', () => {
  it('adds a site (from an address too), refuses a bad one, and removes one', async () => {
    const { api, saved } = fakeApi({ disabledSites: ['old.example'] });
    render(<OptionsApp api={api} t={t} />);
    const field = await screen.findByLabelText('Add a site');
    fireEvent.input(field, { target: { value: 'https://www.News.example.com/world/story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(saved().disabledSites).toEqual(['old.example', 'www.news.example.com']));
    fireEvent.input(field, { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toBe('“not a site!” is not a website address.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove old.example' }));
    await waitFor(() => expect(saved().disabledSites).toEqual(['www.news.example.com']));
  });

  it('switches to "only on these sites", which edits the other list', async () => {
    const { api, saved } = fakeApi({ disabledSites: ['off.example'] });
    render(<OptionsApp api={api} t={t} />);
    fireEvent.click(await screen.findByLabelText('Only on the sites listed'));
    await waitFor(() => expect(saved().siteMode).toBe('only-on-listed'));
    expect(await screen.findByText('Gloss runs only on these sites')).toBeTruthy();
    expect(screen.getByText('No sites listed.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'on.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(saved().enabledSites).toEqual(['on.example']));
    expect(saved().disabledSites).toEqual(['off.example']);
  });

  it('imports a list keeping the valid lines and reporting the others by line number', async () => {
    const { api, saved } = fakeApi({ disabledSites: ['a.example'] });
    render(<OptionsApp api={api} t={t} />);
    const text = '# my list\na.example\nb.example\n\nnot a site!\n*.c.example\nhttps://d.example/x\n';
    chooseFile(await screen.findByLabelText('Import a site list (text or JSON)'), text, 'sites.txt');
    await waitFor(() =>
      expect(saved().disabledSites).toEqual(['a.example', 'b.example', 'c.example', 'd.example']),
    );
    expect(await screen.findByText('Sites added: 3.')).toBeTruthy();
    expect(screen.getByText('line 5: “not a site!” is not a website address')).toBeTruthy();
  });

  it('exports a file that imports back to the same list', async () => {
    const { api } = fakeApi({ disabledSites: ['a.example', 'b.example'] });
    render(<OptionsApp api={api} t={t} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export the site list' }));
    const [name, text] = api.download.mock.calls[0] ?? [];
    expect(name).toBe('gloss-sites.txt');
    const again = fakeApi();
    cleanup();
    render(<OptionsApp api={again.api} t={t} />);
    chooseFile(
      await screen.findByLabelText('Import a site list (text or JSON)'),
      String(text),
      'gloss-sites.txt',
    );
    await waitFor(() => expect(again.saved().disabledSites).toEqual(['a.example', 'b.example']));
  });
});

describe('hidden names and remembered choices', () => {
  it('lists hidden names, each removable', async () => {
    const { api, saved } = fakeApi({ hiddenNames: ['Jordan', 'Apple'] });
    render(<OptionsApp api={api} t={t} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show cards for Jordan again' }));
    await waitFor(() => expect(saved().hiddenNames).toEqual(['Apple']));
  });

  it('lists remembered choices by site, each removable', async () => {
    const { api } = fakeApi(
      {},
      { 'news.example': { jordan: { id: 'core:michael-jordan', name: 'Michael Jordan', type: 'person' } } },
    );
    render(<OptionsApp api={api} t={t} />);
    expect(await screen.findByText('“jordan” means Michael Jordan (Person)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget the choice for “jordan” on news.example' }));
    await waitFor(() => expect(api.removeChoice).toHaveBeenCalledWith('news.example', 'jordan'));
    expect(await screen.findByText('No remembered choices.')).toBeTruthy();
  });
});

describe('settings', () => {
  it('saves the highlight style, every-mention highlighting and the threshold', async () => {
    const { api, saved } = fakeApi();
    render(<OptionsApp api={api} t={t} />);
    fireEvent.change(await screen.findByLabelText('Highlight style'), { target: { value: 'background' } });
    await waitFor(() => expect(saved().highlightStyle).toBe('background'));
    fireEvent.click(screen.getByLabelText(/every mention/));
    await waitFor(() => expect(saved().highlightAll).toBe(true));
    const slider = screen.getByLabelText(/^Confidence/);
    expect(slider.getAttribute('aria-valuetext')).toBe('50% sure');
    fireEvent.change(slider, { target: { value: '0.75' } });
    await waitFor(() => expect(saved().threshold).toBe(0.75));
  });

  it('writes the threshold and the hover delay’s range in the reader’s locale', async () => {
    const { api } = fakeApi();
    render(<OptionsApp api={api} t={t} locale="de-DE" />);
    const slider = await screen.findByLabelText(/^Confidence/);
    expect(slider.getAttribute('aria-valuetext')).toBe('50\u00a0% sure');
    fireEvent.change(screen.getByLabelText(/Hover delay/), { target: { value: '9999' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number from 0 to 1.500.');
  });
});

describe('knowledge packs', () => {
  const csv =
    'name,type,description,aliases,facts,link\nAda Ng,person,Our team lead,Ada|A. Ng,born=1990-02-01,\nWidgetCo,company,Makes widgets,,founded=1999,\n';

  it('rejects a malformed pack whole with line-numbered errors, changing nothing', async () => {
    const { api } = fakeApi();
    render(<OptionsApp api={api} t={t} />);
    const bad = 'name,type\nAda Ng,person\nParis,city\nBob,person,extra\n';
    chooseFile(await screen.findByLabelText('Import a pack (JSON or CSV)'), bad, 'team.csv');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“team.csv” was not imported, and nothing was changed:');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      "line 3: type 'city' is not one of person, place, organisation, event, other",
      'line 4: the row has 3 fields but the header has 2',
    ]);
    expect(screen.getByText('No packs yet.')).toBeTruthy();
  });

  it('imports a valid pack, lists it with its count and date, exports and removes it', async () => {
    const { api } = fakeApi();
    render(<OptionsApp api={api} t={t} locale="en-GB" />);
    chooseFile(await screen.findByLabelText('Import a pack (JSON or CSV)'), csv, 'my_team.csv');
    expect(await screen.findByText('“my team” added: 2 entries.')).toBeTruthy();
    expect(await screen.findByText('2 entries, imported 27 Nov 2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export my team as JSON' }));
    expect(api.exportPack).toHaveBeenCalledWith('p1');
    fireEvent.click(screen.getByRole('button', { name: 'Remove my team' }));
    expect(await screen.findByText('No packs yet.')).toBeTruthy();
  });
});
