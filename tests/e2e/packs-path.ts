/**
 * Knowledge packs from the reader's side, run in each browser: a malformed pack imported through
 * the options page is rejected with line-numbered errors and changes nothing; a valid one gives
 * its names cards on a page like the built-in names. Also the options page's "Export all settings"
 * and its import, which is checked whole before anything is stored.
 */
import { expect, it } from 'vitest';
import { openCardOn } from './gloss-path';
import { readGlossState } from './harness/probes';
import type { Session } from './harness/session';
import type { Tab } from './harness/types';
import { waitForState } from './harness/wait';
import type { OptionsPage } from './options-pages';
import { openOptions, readPackSection, readStorage } from './options-pages';

export const PACK_PAGE = '/pack-article.html';

const MALFORMED = [
  'name,type,description,aliases,facts,link',
  'Adaeze Okonkwo,person,Chief executive of Thistlebrook Foundry,,born=1979,',
  'Thistlebrook Foundry,city,An iron foundry,,,',
  'Bob,person,,,,,extra',
  '',
].join('\n');

const VALID = [
  'name,type,description,aliases,facts,link',
  'Adaeze Okonkwo,person,Chief executive of Thistlebrook Foundry,A. Okonkwo,born=1979,',
  'Thistlebrook Foundry,organisation,"An iron foundry, founded by the Okonkwo family",Thistlebrook,founded=1921,',
  '',
].join('\n');

const settle = (page: OptionsPage, what: string, check: (s: ReturnType<typeof readPackSection>) => boolean) =>
  waitForState(page as unknown as Tab, readPackSection, check, { what, timeout: 10_000 });

/** Types a site into the options page's site list and submits it, as a reader would. */
function addSite(site: string): void {
  const input = document.querySelector<HTMLInputElement>('#site-add')!;
  input.value = site;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.form!.requestSubmit();
}

function removeSite(site: string): boolean {
  const button = document.querySelector<HTMLButtonElement>(`button[aria-label="Remove ${site}"]`);
  button?.click();
  return button !== null;
}

/**
 * Clicks "Export all settings" and gives the file's text: the page offers the file through an object
 * URL on a link, so the probe keeps the Blob it is made from (a download is not reachable in both drivers).
 */
async function exportAll(): Promise<string> {
  const made: Blob[] = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) made.push(blob);
    return original(blob);
  };
  try {
    document.querySelector<HTMLButtonElement>('#backup-export')!.click();
    for (let i = 0; i < 100 && made.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    return (await made[0]?.text()) ?? '';
  } finally {
    URL.createObjectURL = original;
  }
}

/** The options page's back-up section and the values it shows after an import. */
function readBackupSection() {
  const text = (selector: string) =>
    [...document.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return {
    errors: text('#backup-errors li'),
    rejected: document.querySelector('#backup-errors > p')?.textContent ?? null,
    imported: document.querySelector('#backup-outcome')?.textContent ?? null,
    theme: document.querySelector<HTMLSelectElement>('#theme')?.value ?? null,
    sites: text('section[aria-labelledby="sites-heading"] .gloss-list li > span'),
    hidden: text('section[aria-labelledby="hidden-heading"] li > span'),
  };
}

export function packTests(session: Session): void {
  it('rejects a malformed pack with line-numbered errors and changes nothing', async () => {
    const options = await openOptions(session);
    try {
      await settle(options, 'the empty pack list', (s) => s.empty);
      const before = await options.evaluate(readStorage, null);
      await options.chooseFile('#pack-import', 'e2e-team.csv', MALFORMED);
      const state = await settle(options, 'the import errors', (s) => s.errors.length > 0);
      expect(state.rejected).toBe('“e2e-team.csv” was not imported, and nothing was changed:');
      expect(state.errors).toEqual([
        "line 3: type 'city' is not one of person, place, organisation, event, other",
        'line 4: the row has 7 fields but the header has 6',
      ]);
      expect(state.packs).toEqual([]);
      expect(await options.evaluate(readStorage, null)).toBe(before);
    } finally {
      await options.close();
    }
  });

  it("a valid pack's names get cards on a page", async () => {
    const options = await openOptions(session);
    try {
      await options.chooseFile('#pack-import', 'e2e-team.csv', VALID);
      const state = await settle(options, 'the pack in the list', (s) => s.packs.length > 0);
      expect(state.packs).toEqual(['e2e team']);
      expect(state.status).toContain('“e2e team” added: 2 entries.');
    } finally {
      await options.close();
    }
    const tab = await session.browser.newTab();
    try {
      await tab.goto(session.server.url(PACK_PAGE));
      await waitForState(tab, readGlossState, (s) => s.mentions >= 3, {
        timeout: 15_000,
        what: 'the pack names highlighted',
      });
      const { card } = await openCardOn(tab, 'Thistlebrook Foundry');
      expect(card.heading).toBe('Thistlebrook Foundry');
      const text = await tab.evaluate(
        () =>
          document.querySelector('gloss-host')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ??
          '',
        null,
      );
      expect(text).toContain('An iron foundry, founded by the Okonkwo family');
      expect(text).toContain('e2e team');
    } finally {
      await tab.close();
    }
  });

  it('a site added in the options page switches Gloss off in an open tab at once, through storage.sync', async () => {
    const tab = await session.browser.newTab();
    const options = await openOptions(session);
    try {
      await tab.goto(session.server.url(PACK_PAGE));
      await waitForState(tab, readGlossState, (s) => s.mentions > 0, { timeout: 15_000, what: 'highlights' });
      await options.evaluate(addSite, '127.0.0.1');
      await waitForState(tab, readGlossState, (s) => s.mentions === 0, { what: 'the open tab to clear' });
      const stored = JSON.parse(await options.evaluate(readStorage, null)) as {
        sync: Record<string, unknown>;
        local: Record<string, unknown>;
      };
      expect(stored.sync['prefs.disabledSites.0']).toEqual(['127.0.0.1']);
      expect(stored.local.settings, 'no local fallback copy when sync works').toBeUndefined();
      expect(await options.evaluate(removeSite, '127.0.0.1')).toBe(true);
      await waitForState(tab, readGlossState, (s) => s.mentions > 0, {
        what: 'highlights back in the open tab',
      });
    } finally {
      await options.close();
      await tab.close();
    }
  });

  it('"Export all settings" writes one file that imports back; a wrong file is refused whole', async () => {
    const options = await openOptions(session);
    const backup = (what: string, check: (s: ReturnType<typeof readBackupSection>) => boolean) =>
      waitForState(options as unknown as Tab, readBackupSection, check, { what, timeout: 10_000 });
    try {
      await options.evaluate(addSite, 'kept.example');
      await backup('the site in the list', (s) => s.sites.includes('kept.example'));
      const text = await options.evaluate(exportAll, null);
      const file = JSON.parse(text) as {
        format: string;
        settings: Record<string, unknown>;
        packs: unknown[];
      };
      expect(file.format).toBe('gloss-settings');
      expect(file.settings.disabledSites).toEqual(['kept.example']);
      expect(Array.isArray(file.packs)).toBe(true);

      const packsBefore = (await options.evaluate(readPackSection, null)).packs;
      expect(file.packs).toHaveLength(packsBefore.length);
      const before = await options.evaluate(readStorage, null);
      const wrong = { ...file, settings: { ...file.settings, theme: 'neon', hiddenNames: ['Moscow'] } };
      const wrongText = JSON.stringify(wrong, null, 2);
      await options.chooseFile('#backup-import', 'wrong.json', wrongText);
      const refused = await backup('the import errors', (s) => s.errors.length > 0);
      const themeLine = wrongText.split('\n').findIndex((line) => line.includes('"neon"')) + 1;
      expect(refused.rejected).toBe('“wrong.json” was not imported, and nothing was changed:');
      expect(refused.errors).toEqual([`line ${themeLine}: the setting “theme” has a value Gloss cannot use`]);
      expect(await options.evaluate(readStorage, null)).toBe(before);

      const good = {
        ...file,
        settings: { ...file.settings, theme: 'dark', disabledSites: [], hiddenNames: ['Moscow'] },
      };
      await options.chooseFile('#backup-import', 'good.json', JSON.stringify(good, null, 2));
      const done = await backup('the import', (s) => s.imported !== null && s.hidden.includes('Moscow'));
      expect(done.errors).toEqual([]);
      expect(done.theme).toBe('dark');
      // What the reader had stays: the file's empty site list adds nothing and removes nothing.
      expect(done.sites).toEqual(['kept.example']);
      // The file's packs are the ones held already: none is added twice.
      expect((await options.evaluate(readPackSection, null)).packs).toEqual(packsBefore);
    } finally {
      await options.evaluate(removeSite, 'kept.example').catch(() => false);
      await options.close();
    }
  });
}
