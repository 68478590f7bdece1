// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '@/engine/settings';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { StoreSummary } from '@/components/OptionsAbout';
import { formatBytes } from '@/components/OptionsAbout';
import type { OptionsApi } from '@/components/OptionsApp';
import { OptionsApp } from '@/components/OptionsApp';
import { t } from './locale';

const summary: StoreSummary = {
  entityCount: 12345,
  bytes: 3_355_443,
  asOf: '2026-11-01',
  sources: [
    {
      key: 'wordnet',
      name: 'WordNet 3.1',
      version: '3.1.14',
      licence: 'WordNet License',
      url: 'https://wordnet.princeton.edu/',
      asOf: '2011-06-01',
    },
    {
      key: 'world-countries',
      name: 'world-countries',
      version: '5.1.0',
      licence: 'ODbL-1.0',
      url: 'https://github.com/mledoze/countries',
      asOf: '2026-01-01',
    },
  ],
};

function fakeApi(loaded: StoreSummary | null = summary) {
  let stored: Settings = DEFAULT_SETTINGS;
  const api = {
    loadSettings: vi.fn(async () => stored),
    saveSettings: vi.fn(async (next: Settings) => {
      stored = next;
    }),
    watchSettings: () => () => {},
    loadStoreSummary: vi.fn(async () => loaded),
    loadChoices: async () => ({}),
    removeChoice: async () => {},
    watchChoices: () => () => {},
    loadPacks: async () => [],
    watchPacks: () => () => {},
    importPack: async () => ({ ok: false as const, problems: [] }),
    removePack: async () => {},
    exportPack: async () => {},
    download: () => {},
  } satisfies OptionsApi;
  return { api, saved: () => stored };
}

afterEach(() => {
  cleanup();
});

describe('Options page', () => {
  it('lists the store sources with licence, version and date, and the store size', async () => {
    const { api } = fakeApi();
    render(<OptionsApp api={api} t={t} locale="en" />);
    expect(await screen.findByText('12,345 entities, 3.2 MB, facts as of November 1, 2026.')).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: 'WordNet 3.1' }).closest('tr');
    expect(row?.textContent).toContain('3.1.14');
    expect(row?.textContent).toContain('WordNet License');
    expect(row?.textContent).toContain('June 1, 2011');
    expect(screen.getByRole('link', { name: 'world-countries' }).getAttribute('href')).toBe(
      'https://github.com/mledoze/countries',
    );
  });

  it('says so when the store cannot be read', async () => {
    const { api } = fakeApi(null);
    render(<OptionsApp api={api} t={t} />);
    expect(await screen.findByText(/could not be read/)).toBeTruthy();
  });

  it('saves a valid hover delay and refuses one out of range', async () => {
    const { api, saved } = fakeApi();
    render(<OptionsApp api={api} t={t} locale="en-GB" />);
    const delay = await screen.findByLabelText<HTMLInputElement>(/Hover delay/);
    fireEvent.change(delay, { target: { value: '5000' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a number from 0 to 1,500.');
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    expect(api.saveSettings).not.toHaveBeenCalled();
    fireEvent.change(delay, { target: { value: '300' } });
    await waitFor(() => expect(saved().hoverDelayMs).toBe(300));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('saves the threshold, demonyms and theme', async () => {
    const { api, saved } = fakeApi();
    render(<OptionsApp api={api} t={t} />);
    fireEvent.change(await screen.findByLabelText(/^Confidence/), { target: { value: '0.8' } });
    await waitFor(() => expect(saved().threshold).toBe(0.8));
    fireEvent.click(screen.getByLabelText(/Link demonyms/));
    await waitFor(() => expect(saved().demonyms).toBe(true));
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(saved().theme).toBe('dark'));
    expect(saved()).toEqual({ ...DEFAULT_SETTINGS, threshold: 0.8, demonyms: true, theme: 'dark' });
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 byte'],
    [2048, '2 kB'],
    [3_355_443, '3.2 MB'],
    [150 * 1024 * 1024, '150 MB'],
  ])('%i bytes is %s', (bytes, text) => {
    expect(formatBytes(bytes, 'en')).toBe(text);
  });

  it('uses the reader’s locale for digits and unit names', () => {
    expect(formatBytes(3_355_443, 'fr')).toBe('3,2\u202fMo');
    expect(formatBytes(3_355_443, 'de')).toBe('3,2 MB');
  });
});
