// @vitest-environment jsdom
/**
 * Issue 6, point 6: nothing from a pack (or a page) is ever read as HTML. A pack whose every text
 * field holds markup goes through the importer, the store and the card like a real import, and the
 * card shows that markup as the plain text it is; a link is only ever https://en.wikipedia.org.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { HoverCard } from '../../components/HoverCard';
import { OptionsPacks } from '../../components/OptionsPacks';
import { candidatesFor } from '../../engine/candidates';
import { cardData } from '../../engine/card';
import type { CardData } from '../../engine/messages';
import { parsePack } from '../../engine/pack-parse';
import { loadStore } from '../../engine/store';
import { mergePacks } from '../../engine/store-packs';
import { miniStore } from '../fixtures/mini-store';
import { t } from './locale';

const SCRIPT = '<script>window.pwned = 1</script>';
const IMG = '<img src=x onerror="window.pwned = 1">';
const SVG = '"><svg onload="window.pwned = 1">';
const ANCHOR = '<a href="javascript:window.pwned = 1">click</a>';

const hostilePack = JSON.stringify({
  name: `Team ${SCRIPT}`,
  entries: [
    {
      name: `Ada ${IMG}`,
      type: 'person',
      description: `Lead ${SCRIPT} ${ANCHOR}`,
      aliases: [`Ada ${SVG}`, 'Ada'],
      facts: [
        { key: 'office', value: `Chief ${IMG}` },
        { key: 'nationality', value: ANCHOR },
      ],
      wikipedia: `Ada ${SVG}`,
    },
    { name: `Ada ${SCRIPT}`, type: 'organisation', description: SVG, aliases: ['Ada'] },
  ],
});

afterEach(() => {
  cleanup();
  delete (window as { pwned?: number }).pwned;
});

/** Everything in `root` a browser would run or follow: elements that load or run, handlers, links. */
function liveParts(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    // The pin is the card's own drawn icon: an <svg> with one <path>, no handlers (checked below).
    if (['script', 'img', 'iframe', 'object', 'embed', 'style', 'link', 'form'].includes(tag))
      found.push(`<${tag}>`);
    if (tag === 'svg' && !element.closest('button.pin')) found.push('<svg>');
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${tag} ${name}`);
      if (['href', 'src', 'action', 'formaction'].includes(name)) {
        const url = new URL(value, 'https://page.example/');
        if (url.protocol !== 'https:' || url.hostname !== 'en.wikipedia.org')
          found.push(`${tag} ${name}=${value}`);
      }
    }
  }
  return found;
}

function importedStore() {
  const parsed = parsePack(hostilePack, 'team.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const pack = { ...parsed.pack, id: 'team', importedAt: '2026-11-28T00:00:00.000Z' };
  return loadStore(mergePacks(miniStore(), [pack]));
}

describe('a card from a pack full of markup', () => {
  it('shows every text field as plain text, with no element, handler or link it did not make itself', () => {
    const store = importedStore();
    const card = cardData(store, 'pack:team:ada-img-src-x-onerror-window-pwned-1');
    if (!card) throw new Error('no card for the pack entry');
    const candidates = candidatesFor(store, 'Ada');
    const { container } = render(
      <HoverCard
        t={t}
        card={card}
        candidates={candidates}
        onChoose={() => {}}
        onPin={() => {}}
        onClose={() => {}}
        now={new Date('2026-11-28T00:00:00Z')}
      />,
    );
    expect(liveParts(container)).toEqual([]);
    const text = container.textContent ?? '';
    for (const shown of [
      `Ada ${IMG}`, // the heading
      `Lead ${SCRIPT} ${ANCHOR}`, // the description
      `Chief ${IMG}`, // a fact
      ANCHOR, // another
      `Ada ${SVG}`, // an alias
      `Team ${SCRIPT}`, // the source: the pack's name
      `Ada ${SCRIPT}`, // a candidate of "Not this?"
    ])
      expect(text).toContain(shown);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    const link = container.querySelector('a.wikipedia');
    expect(link?.getAttribute('href')).toBe(
      `https://en.wikipedia.org/wiki/${encodeURIComponent(`Ada_${SVG.replace(/ /g, '_')}`)}`,
    );
  });

  it('lists the pack under its name as plain text in the options page', () => {
    const { container } = render(
      <OptionsPacks
        t={t}
        packs={[{ id: 'team', name: `Team ${SCRIPT}`, entryCount: 2, importedAt: '2026-11-28T00:00:00Z' }]}
        onImport={async () => ({ ok: false, problems: [] })}
        onRemove={() => {}}
        onExport={() => {}}
      />,
    );
    expect(liveParts(container)).toEqual([]);
    expect(container.querySelector('[data-pack="team"] strong')?.textContent).toBe(`Team ${SCRIPT}`);
  });
});

describe('the options page’s import of a hostile file', () => {
  it('lists its problems, which quote the file, as plain text with their lines', async () => {
    const csv = `name,type,description\nAda,${IMG},x\n${SCRIPT},person,${'y'.repeat(600)}\n`;
    const { container } = render(
      <OptionsPacks
        t={t}
        packs={[]}
        onImport={async (text, fileName) => {
          const parsed = parsePack(text, fileName);
          return parsed.ok
            ? { ok: true, pack: { id: 'x', name: 'x', entryCount: 0, importedAt: '' } }
            : { ok: false, problems: parsed.problems };
        }}
        onRemove={() => {}}
        onExport={() => {}}
      />,
    );
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [new File([csv], `${IMG}.csv`)] });
    fireEvent.change(input);
    const items = await waitFor(() => {
      const found = [...container.querySelectorAll('#pack-errors li')].map((li) => li.textContent);
      if (found.length === 0) throw new Error('no problems listed yet');
      return found;
    });
    expect(items).toEqual([
      expect.stringMatching(/^line 2: type '<img src=x onerror="window.pwned = 1">' is not one of/),
      'line 3: description is not text of at most 500 characters',
    ]);
    expect(liveParts(container)).toEqual([]);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('links that are not Wikipedia’s', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://evil.example/wiki/Ada',
    'http://en.wikipedia.org.evil.example/wiki/Ada',
  ])('a pack with the link or title %j is refused, on its line', (link) => {
    for (const field of ['link', 'wikipedia']) {
      const text = `{\n  "name": "Team",\n  "entries": [\n    { "name": "Ada", "type": "person", ${JSON.stringify(field)}: ${JSON.stringify(link)} }\n  ]\n}`;
      const parsed = parsePack(text, 'team.json');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems).toEqual([{ line: 4, code: 'BadLink', args: [link] }]);
    }
  });

  it('a card given such a title anyway (a damaged store) still links only to Wikipedia', () => {
    const card: CardData = {
      id: 'pack:x:ada',
      type: 'person',
      name: 'Ada',
      description: '',
      facts: [],
      aliases: [],
      wikipedia: 'javascript:alert(1)',
      flag: null,
      source: { key: 'pack:x', name: 'X', version: '', licence: '', url: 'javascript:alert(1)', asOf: '' },
    };
    const { container } = render(<HoverCard t={t} card={card} />);
    expect(liveParts(container)).toEqual([]);
    expect(container.querySelector('a')?.getAttribute('href')).toBe(
      'https://en.wikipedia.org/wiki/javascript%3Aalert(1)',
    );
  });
});
