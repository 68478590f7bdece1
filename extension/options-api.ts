import type { OptionsApi } from '@/components/OptionsApp';
import type { PackImportResult, PackSummary } from '@/components/OptionsPacks';
import type { Pack } from '@/engine/pack-parse';
import { packToJson, parsePack } from '@/engine/pack-parse';
import type { StoredPack } from '@/engine/store-packs';
import { loadChoices, removeChoice, watchChoices } from './choices-storage';
import { addPack, loadPacks, removePack, watchPacks } from './packs-storage';
import { loadSettings, saveSettings, watchSettings } from './settings-storage';
import { loadStoreSummary } from './store-summary';

function summarise(pack: StoredPack): PackSummary {
  return { id: pack.id, name: pack.name, entryCount: pack.entries.length, importedAt: pack.importedAt };
}

/** Parses a pack file and stores it; any problem rejects it whole, with nothing stored. */
export async function importPack(text: string, fileName: string): Promise<PackImportResult> {
  const parsed = parsePack(text, fileName);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const added = await addPack(parsed.pack);
  if (added.ok) return { ok: true, pack: summarise(added.pack) };
  const code = added.reason === 'tooManyPacks' ? 'TooManyPacks' : 'StorageFull';
  return { ok: false, problems: [{ line: null, code, args: [] }] };
}

/** Offers text as a file: a temporary object URL on a link the page clicks (no permission needed). */
export function download(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after the click returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportPack(id: string): Promise<void> {
  const pack = (await loadPacks()).find((stored) => stored.id === id);
  if (!pack) return;
  // The export is the import format: the id and import date are this browser's, not the pack's.
  const exported: Pack = { name: pack.name, entries: pack.entries };
  for (const key of ['licence', 'url', 'asOf'] as const)
    if (pack[key] !== undefined) exported[key] = pack[key];
  download(`${id}.json`, packToJson(exported), 'application/json');
}

/** The options page's view of the browser. */
export const optionsApi: OptionsApi = {
  loadSettings,
  saveSettings,
  watchSettings,
  loadStoreSummary,
  loadChoices,
  removeChoice,
  watchChoices,
  loadPacks: async () => (await loadPacks()).map(summarise),
  watchPacks: (callback) => watchPacks((packs) => callback(packs.map(summarise))),
  importPack,
  removePack,
  exportPack,
  download: (fileName, text) => download(fileName, text),
};
