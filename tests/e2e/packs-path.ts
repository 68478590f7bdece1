/**
 * Knowledge packs from the reader's side, run in each browser: a malformed pack imported through
 * the options page is rejected with line-numbered errors and changes nothing; a valid one gives
 * its names cards on a page like the built-in names.
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
}
