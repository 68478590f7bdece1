import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { SettingsBackup } from '@/engine/settings-backup';
import { BACKUP_FORMAT, backupToJson, mergeBackup, parseBackup } from '@/engine/settings-backup';

const empty = (): SettingsBackup => ({
  settings: {
    ...DEFAULT_SETTINGS,
    types: { ...DEFAULT_SETTINGS.types },
    disabledSites: [],
    enabledSites: [],
    hiddenNames: [],
  },
  choices: {},
  packs: [],
});

describe('parseBackup (what "Import settings from a file" accepts)', () => {
  it('reads a file saved with a byte-order mark, and one from an older Gloss with parts left out', () => {
    const text = `\ufeff${backupToJson(empty(), new Date())}`;
    expect(parseBackup(text).ok).toBe(true);
    const minimal = parseBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, settings: { theme: 'dark' } }),
    );
    expect(minimal.ok && minimal.backup.settings.theme).toBe('dark');
    expect(minimal.ok && minimal.backup.packs).toEqual([]);
  });

  it('refuses a list or a number at the top, and lists at most 30 problems and a count of the rest', () => {
    expect(parseBackup('[1, 2]')).toMatchObject({ ok: false, problems: [{ code: 'NotBackup' }] });
    const names = Array.from({ length: 40 }, () => '');
    const many = parseBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, settings: { hiddenNames: names } }),
    );
    expect(many.ok).toBe(false);
    if (many.ok) return;
    expect(many.problems).toHaveLength(31);
    expect(many.problems[30]).toMatchObject({ code: 'TooManyProblems', args: ['10'] });
  });

  it('refuses a file nested 200,000 deep with a line, without overflowing the stack', () => {
    const deep = `{"format":"${BACKUP_FORMAT}",\n"settings":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(parseBackup(deep)).toMatchObject({ ok: false, problems: [{ code: 'Syntax', line: 2 }] });
  });
});

describe('mergeBackup (an import never removes what the reader has)', () => {
  it('takes the file’s switches and adds its lists to the reader’s, hidden names compared as names', () => {
    const current = empty();
    current.settings = { ...current.settings, disabledSites: ['a.example'], hiddenNames: ['Vladimir Putin'] };
    current.choices = { 'a.example': { paris: { id: 'city:paris', name: 'Paris', type: 'place' } } };
    const file = empty();
    file.settings = {
      ...file.settings,
      theme: 'dark',
      disabledSites: ['b.example', 'a.example'],
      hiddenNames: ['vladimir  PUTIN', 'Moscow'],
    };
    file.choices = {
      'a.example': { georgia: { id: 'country:GE', name: 'Georgia', type: 'place' } },
      'b.example': { paris: { id: 'gloss:paris-hilton', name: 'Paris Hilton', type: 'person' } },
    };
    const merged = mergeBackup(current, file);
    expect(merged.settings.theme).toBe('dark');
    expect(merged.settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(merged.settings.hiddenNames).toEqual(['Vladimir Putin', 'Moscow']);
    expect(Object.keys(merged.choices['a.example'] ?? {}).sort()).toEqual(['georgia', 'paris']);
    expect(merged.choices['b.example']?.paris?.id).toBe('gloss:paris-hilton');
  });
});
