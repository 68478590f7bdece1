// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupApi } from '@/components/OptionsBackup';
import { OptionsBackup } from '@/components/OptionsBackup';
import type { Pack } from '@/engine/pack-parse';
import { parsePack } from '@/engine/pack-parse';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { BackupStore, SettingsBackup } from '@/engine/settings-backup';
import { BACKUP_PROBLEM_CODES, backupToJson, parseBackup, restoreBackup } from '@/engine/settings-backup';
import json from '../../public/_locales/en/messages.json';
import { t } from './locale';

/** A pack as the options page stores it: read by the pack importer. */
function readPack(text: string): Pack {
  const parsed = parsePack(text, 'my_team.csv');
  if (!parsed.ok) throw new Error('the test pack does not parse');
  return { ...parsed.pack, name: 'My team' };
}
const teamPack = readPack('name,type,description\nAda Ng,person,Our team lead\n');

function saved(): SettingsBackup {
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      types: { ...DEFAULT_SETTINGS.types },
      disabledSites: ['mine.example'],
      enabledSites: [],
      hiddenNames: ['Vladimir Putin'],
      hoverDelayMs: 300,
    },
    choices: { 'news.example': { georgia: { id: 'country:GE', name: 'Georgia', type: 'place' } } },
    packs: [],
  };
}

/** The browser's storage in memory; `failing` makes every write refuse, as a full storage would. */
function memoryStore(initial: SettingsBackup, failing = false) {
  let state = structuredClone(initial);
  const store: BackupStore = {
    load: async () => structuredClone(state),
    save: vi.fn(async ({ settings, choices, newPacks }) => {
      if (failing) return { ok: false as const, reason: 'storage' as const };
      state = { settings, choices, packs: [...state.packs, ...newPacks] };
      return { ok: true as const };
    }),
  };
  return { store, state: () => state };
}

function setup(initial = saved(), failing = false) {
  const memory = memoryStore(initial, failing);
  const api: BackupApi = {
    exportAll: vi.fn(async () => {}),
    importAll: (text) => restoreBackup(text, memory.store),
  };
  render(<OptionsBackup t={t} api={api} locale="en-GB" />);
  return { api, ...memory };
}

function chooseFile(text: string, name = 'gloss-settings.json') {
  const input = screen.getByLabelText('Import settings from a file');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

/** A file as "Export all settings" writes it, changed by `edit`. */
function exported(edit: (file: Record<string, unknown>) => void = () => {}): string {
  const backup = saved();
  backup.settings = {
    ...backup.settings,
    disabledSites: ['other.example'],
    hiddenNames: ['Moscow'],
    hoverDelayMs: 800,
    theme: 'dark',
  };
  backup.choices = { 'paper.example': { paris: { id: 'city:paris', name: 'Paris', type: 'place' } } };
  backup.packs = [teamPack];
  const file = JSON.parse(backupToJson(backup, new Date('2026-11-28T00:00:00Z'))) as Record<string, unknown>;
  edit(file);
  return JSON.stringify(file, null, 2);
}

afterEach(cleanup);

describe('the settings file', () => {
  it('imports back what it exported', () => {
    const backup = { ...saved(), packs: [teamPack] };
    const parsed = parseBackup(backupToJson(backup, new Date()));
    expect(parsed).toEqual({ ok: true, backup });
  });

  it('names each problem’s code in the English messages', () => {
    const messages: Record<string, unknown> = json;
    expect(BACKUP_PROBLEM_CODES.filter((code) => !(`backupError${code}` in messages))).toEqual([]);
  });
});

describe('Back up and restore', () => {
  it('exports everything from one button', () => {
    const { api } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export all settings' }));
    expect(api.exportAll).toHaveBeenCalledOnce();
  });

  it('imports a file: its settings replace, its sites, names, choices and packs add to what was saved', async () => {
    const { state } = setup();
    chooseFile(exported());
    expect((await screen.findByText(/^Settings imported/)).textContent).toBe(
      'Settings imported. Added: 1 sites, 1 hidden names, 1 choices, 1 packs.',
    );
    const after = state();
    expect(after.settings.hoverDelayMs).toBe(800);
    expect(after.settings.theme).toBe('dark');
    expect(after.settings.disabledSites).toEqual(['mine.example', 'other.example']);
    expect(after.settings.hiddenNames).toEqual(['Vladimir Putin', 'Moscow']);
    expect(Object.keys(after.choices).sort()).toEqual(['news.example', 'paper.example']);
    expect(after.packs.map((pack) => pack.name)).toEqual(['My team']);
  });

  it('does not add a pack it already holds a second time', async () => {
    const { state } = setup({ ...saved(), packs: [teamPack] });
    chooseFile(exported());
    await screen.findByText(/Settings imported/);
    expect(state().packs).toHaveLength(1);
  });

  it('refuses a file that is not JSON, with its line, and changes nothing', async () => {
    const { store, state } = setup();
    chooseFile('{\n  "format": "gloss-settings",\n  "version": 1,\n  oops\n}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“gloss-settings.json” was not imported, and nothing was changed:');
    expect(alert.querySelector('li')?.textContent).toMatch(/^line 4: this is not valid JSON/);
    expect(store.save).not.toHaveBeenCalled();
    expect(state()).toEqual(saved());
  });

  it('refuses a file that is something else, such as a knowledge pack', async () => {
    const { store } = setup();
    chooseFile(JSON.stringify(teamPack), 'team.json');
    expect((await screen.findByRole('alert')).querySelector('li')?.textContent).toBe(
      'line 1: this is not a Gloss settings file (made by “Export all settings”)',
    );
    expect(store.save).not.toHaveBeenCalled();
  });

  it('lists every wrong value with its line, in the file’s order, and imports none of the file', async () => {
    const { store, state } = setup();
    const text = exported((file) => {
      const settings = file.settings as Record<string, unknown>;
      settings.hoverDelayMs = 99999;
      settings.disabledSites = ['fine.example', 'not a site'];
      (file.packs as { entries: { type: string }[] }[])[0]!.entries[0]!.type = 'spaceship';
      file.choices = { 'paper.example': { paris: { id: 'city:paris' } } };
    });
    chooseFile(text);
    const items = [...(await screen.findByRole('alert')).querySelectorAll('li')].map((li) => li.textContent);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(items).toEqual([
      `line ${lineOf('"disabledSites"')}: the list “disabledSites” has an entry Gloss cannot use: "not a site"`,
      `line ${lineOf('"hoverDelayMs"')}: the setting “hoverDelayMs” has a value Gloss cannot use`,
      `line ${lineOf('"paris"')}: the remembered choice for “paris” on paper.example needs an id, a name and a type`,
      expect.stringMatching(new RegExp(`^pack “My team”, line ${lineOf('"spaceship"')}: .*spaceship`)),
    ]);
    expect(store.save).not.toHaveBeenCalled();
    expect(state()).toEqual(saved());
  });

  it('refuses a file from a newer Gloss', async () => {
    setup();
    chooseFile(exported((file) => (file.version = 2)));
    expect((await screen.findByRole('alert')).textContent).toContain('newer Gloss (format version 2)');
  });

  it('says so, and keeps what was saved, when the browser refuses to store the import', async () => {
    const { state } = setup(saved(), true);
    chooseFile(exported());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('nothing was changed');
    expect(alert.textContent).toContain('the browser refused to store the imported settings');
    expect(state()).toEqual(saved());
  });
});
