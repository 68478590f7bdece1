// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { PopupPage } from '@/components/Popup';
import type { PopupApi } from '@/components/PopupApp';
import { PopupApp } from '@/components/PopupApp';
import { t } from './locale';

const page: PopupPage = {
  hostname: 'news.example.com',
  entities: [
    { id: 'a', name: 'A', type: 'person', count: 2 },
    { id: 'b', name: 'B', type: 'place', count: 1 },
    { id: 'c', name: 'C', type: 'place', count: 4 },
  ],
};

/** A fake browser side: settings kept in memory, watchers told of every save, as storage would. */
function fakeApi(initial: Settings = DEFAULT_SETTINGS, answer: PopupPage | null = page) {
  let stored = initial;
  const watchers = new Set<(s: Settings) => void>();
  const api = {
    loadSettings: vi.fn(async () => stored),
    saveSettings: vi.fn(async (next: Settings) => {
      stored = next;
      watchers.forEach((watch) => watch(next));
    }),
    watchSettings: (callback: (s: Settings) => void) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
    loadPage: vi.fn(async () => answer),
    openOptions: vi.fn(),
    reveal: vi.fn(async (_id: string) => {}),
  } satisfies PopupApi;
  return { api, saved: () => stored, pushFromElsewhere: (s: Settings) => watchers.forEach((w) => w(s)) };
}

const siteToggle = () => screen.getByLabelText<HTMLInputElement>('On for news.example.com');
const globalToggle = () => screen.getByLabelText<HTMLInputElement>('On everywhere');

afterEach(() => {
  cleanup();
});

describe('Popup', () => {
  it('shows the site, the switches and how many entities the page has', async () => {
    const { api } = fakeApi();
    const { container } = render(<PopupApp api={api} t={t} />);
    expect((await screen.findByLabelText('On for news.example.com')).id).toBe('site-toggle');
    expect(siteToggle().checked).toBe(true);
    expect(globalToggle().id).toBe('global-toggle');
    expect(globalToggle().checked).toBe(true);
    expect(container.querySelector('#page-count')?.textContent).toBe('3');
    for (const name of ['person', 'place', 'organisation', 'event', 'other'])
      expect(container.querySelector<HTMLInputElement>(`input[name="type-${name}"]`)?.checked).toBe(true);
  });

  it('switches the site off and on, saving at once', async () => {
    const { api, saved } = fakeApi();
    render(<PopupApp api={api} t={t} />);
    fireEvent.click(await screen.findByLabelText('On for news.example.com'));
    await waitFor(() => expect(saved().disabledSites).toEqual(['news.example.com']));
    expect(siteToggle().checked).toBe(false);
    expect(saved().enabled).toBe(true);
    fireEvent.click(siteToggle());
    await waitFor(() => expect(saved().disabledSites).toEqual([]));
    expect(siteToggle().checked).toBe(true);
  });

  it('shows a site switched off through a parent domain as off', async () => {
    const { api } = fakeApi({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    render(<PopupApp api={api} t={t} />);
    expect((await screen.findByLabelText<HTMLInputElement>('On for news.example.com')).checked).toBe(false);
  });

  it('switches Gloss off everywhere and explains the site switch meanwhile', async () => {
    const { api, saved } = fakeApi();
    render(<PopupApp api={api} t={t} />);
    fireEvent.click(await screen.findByLabelText('On everywhere'));
    await waitFor(() => expect(saved().enabled).toBe(false));
    expect(globalToggle().checked).toBe(false);
    expect(siteToggle().checked).toBe(true);
    expect(siteToggle().getAttribute('aria-describedby')).toBe('site-toggle-hint');
    expect(screen.getByText(/off everywhere/)).toBeTruthy();
  });

  it('turns an entity type off', async () => {
    const { api, saved } = fakeApi();
    render(<PopupApp api={api} t={t} />);
    fireEvent.click(await screen.findByLabelText('Organisations'));
    await waitFor(() => expect(saved().types).toEqual({ ...DEFAULT_SETTINGS.types, organisation: false }));
    expect(screen.getByLabelText<HTMLInputElement>('Organisations').checked).toBe(false);
  });

  it("says Gloss can't run on a page without a content script, and hides the site switch", async () => {
    const { api } = fakeApi(DEFAULT_SETTINGS, null);
    const { container } = render(<PopupApp api={api} t={t} />);
    expect(await screen.findByText("Gloss can't run on this page.")).toBeTruthy();
    expect(container.querySelector('#site-toggle')).toBeNull();
    expect(container.querySelector('#page-count')).toBeNull();
    expect(globalToggle()).toBeTruthy();
  });

  it('follows settings changed elsewhere (another popup, the options page)', async () => {
    const { api, pushFromElsewhere } = fakeApi();
    render(<PopupApp api={api} t={t} />);
    await screen.findByLabelText('On for news.example.com');
    pushFromElsewhere({ ...DEFAULT_SETTINGS, enabled: false });
    await waitFor(() => expect(globalToggle().checked).toBe(false));
  });

  it('asks the page again so the count follows the page', async () => {
    let count = 1;
    const { api } = fakeApi();
    api.loadPage.mockImplementation(async () => ({
      ...page,
      entities: Array.from({ length: count }, (_, i) => ({
        id: `e${i}`,
        name: `E${i}`,
        type: 'other' as const,
        count: 1,
      })),
    }));
    const { container } = render(<PopupApp api={api} t={t} refreshMs={20} />);
    await waitFor(() => expect(container.querySelector('#page-count')?.textContent).toBe('1'));
    count = 5;
    await waitFor(() => expect(container.querySelector('#page-count')?.textContent).toBe('5'));
  });

  it('takes its colours from the theme setting', async () => {
    const { api } = fakeApi({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const { container } = render(<PopupApp api={api} t={t} />);
    await screen.findByLabelText('On everywhere');
    expect(container.querySelector('.gloss-popup')?.getAttribute('data-theme')).toBe('dark');
  });

  it('reloads the stored settings when a save fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api } = fakeApi();
    api.saveSettings.mockRejectedValueOnce(new Error('storage is full'));
    render(<PopupApp api={api} t={t} />);
    fireEvent.click(await screen.findByLabelText('On everywhere'));
    await waitFor(() => expect(globalToggle().checked).toBe(true));
    expect(api.loadSettings).toHaveBeenCalledTimes(2);
  });
});

describe('Popup: the names on this page', () => {
  it('groups them by type with counts, and a click asks the page to show the first mention', async () => {
    const { api } = fakeApi();
    const { container } = render(<PopupApp api={api} t={t} />);
    await waitFor(() => expect(container.querySelectorAll('.gloss-entity-group')).toHaveLength(2));
    const groups = [...container.querySelectorAll('.gloss-entity-group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'People (1)',
      'Places (2)',
    ]);
    expect(groups[1]?.querySelectorAll('.gloss-entity-name')).toHaveLength(2);
    const c = screen.getByRole('button', { name: /^C/ });
    expect(c.querySelector('.gloss-entity-count')?.getAttribute('aria-label')).toBe('4 mentions');
    fireEvent.click(c);
    expect(api.reveal).toHaveBeenCalledWith('c');
  });

  it('writes every count in the reader’s locale', async () => {
    const many = Array.from({ length: 1234 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      type: 'place' as const,
      count: i === 0 ? 12345 : 1,
    }));
    const { api } = fakeApi(DEFAULT_SETTINGS, { ...page, entities: many });
    const { container } = render(<PopupApp api={api} t={t} locale="de-DE" />);
    await waitFor(() => expect(container.querySelector('#page-count')?.textContent).toBe('1.234'));
    expect(container.querySelector('.gloss-entity-total')?.textContent).toBe('(1.234)');
    const first = container.querySelector('[data-entity-id="p0"] .gloss-entity-count');
    expect(first?.textContent).toBe('12.345');
    expect(first?.getAttribute('aria-label')).toBe('12.345 mentions');
  });

  it('says so when the page has none yet', async () => {
    const { api } = fakeApi(DEFAULT_SETTINGS, { ...page, entities: [] });
    render(<PopupApp api={api} t={t} />);
    await screen.findByText('No names found on this page yet.');
  });
});
