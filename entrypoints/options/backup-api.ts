import type { BackupApi } from '@/components/OptionsBackup';
import type { BackupChoices, BackupStore, SettingsBackup } from '@/engine/settings-backup';
import { backupToJson, restoreBackup } from '@/engine/settings-backup';
import type { Pack } from '@/engine/pack-parse';
import type { StoredPack } from '@/engine/store-packs';
import type { ChoiceUpdate } from '@/extension/choices-storage';
import { loadChoices, updateChoices } from '@/extension/choices-storage';
import { download } from '@/extension/options-api';
import { MAX_PACKS, addPack, loadPacks, removePack } from '@/extension/packs-storage';
import { loadSettings, saveSettings } from '@/extension/settings-storage';

/** A stored pack as its file has it: the id and import date belong to this browser, not the pack. */
function packOf(stored: StoredPack): Pack {
  const pack: Pack = { name: stored.name, entries: stored.entries };
  for (const key of ['licence', 'url', 'asOf'] as const)
    if (stored[key] !== undefined) pack[key] = stored[key];
  return pack;
}

async function loadAll(): Promise<SettingsBackup> {
  const [settings, choices, packs] = await Promise.all([loadSettings(), loadChoices(), loadPacks()]);
  return { settings, choices, packs: packs.map(packOf) };
}

type Undo = () => Promise<void>;

/** Adds the packs one by one; when one cannot be stored, removes those added before it (and gives null). */
async function addPacks(packs: readonly Pack[]): Promise<Undo | null> {
  const added: string[] = [];
  const undo = async () => {
    for (const id of added) await removePack(id).catch(() => {});
  };
  for (const pack of packs) {
    const result = await addPack(pack);
    if (!result.ok) {
      await undo();
      return null;
    }
    added.push(result.pack.id);
  }
  return undo;
}

/**
 * Remembers every choice the file adds or changes, in one write; gives null when storage refuses it
 * (then nothing was written), else a way to put back what each changed name had before.
 */
async function saveChoices(before: BackupChoices, after: BackupChoices): Promise<Undo | null> {
  const changed: ChoiceUpdate[] = Object.entries(after).flatMap(([hostname, names]) =>
    Object.entries(names)
      .filter(([key, choice]) => before[hostname]?.[key]?.id !== choice.id)
      .map(([key, choice]) => ({ hostname, key, choice })),
  );
  try {
    await updateChoices(changed);
  } catch (error) {
    console.warn('Gloss: could not store the imported choices', error);
    return null;
  }
  return async () => {
    const previous = changed.map(({ hostname, key }) => ({
      hostname,
      key,
      choice: before[hostname]?.[key] ?? null,
    }));
    await updateChoices(previous).catch(() => {});
  };
}

/** The browser's storage, written in the order least likely to leave half an import behind. */
const store: BackupStore = {
  load: loadAll,
  async save({ settings, choices, newPacks }) {
    const current = await loadAll();
    if (current.packs.length + newPacks.length > MAX_PACKS) return { ok: false, reason: 'tooManyPacks' };
    const undoPacks = await addPacks(newPacks);
    if (!undoPacks) return { ok: false, reason: 'storage' };
    const undoChoices = await saveChoices(current.choices, choices);
    if (!undoChoices) {
      await undoPacks();
      return { ok: false, reason: 'storage' };
    }
    try {
      await saveSettings(settings);
      return { ok: true };
    } catch (error) {
      console.warn('Gloss: could not store the imported settings', error);
      await undoChoices();
      await undoPacks();
      return { ok: false, reason: 'storage' };
    }
  },
};

/** The date in the file's name: the reader's day, as ISO (sortable, the same in every language). */
function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Export and import of everything the reader set, in one JSON file. */
export const backupApi: BackupApi = {
  async exportAll() {
    const now = new Date();
    download(`gloss-settings-${today(now)}.json`, backupToJson(await loadAll(), now), 'application/json');
  },
  importAll: (text) => restoreBackup(text, store),
};
