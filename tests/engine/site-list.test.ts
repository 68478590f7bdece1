import { describe, expect, it } from 'vitest';
import { formatSiteList, parseSiteList, siteFromText } from '@/engine/site-list';

describe('site lists', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['  News.Example.COM.  ', 'news.example.com'],
    ['https://www.example.org/world?x=1', 'www.example.org'],
    ['*.example.net', 'example.net'],
    ['example.com/path', 'example.com'],
    ['not a site', null],
    ['', null],
  ])('%j is %j', (text, site) => {
    expect(siteFromText(text)).toBe(site);
  });

  it('reads text with comments, keeps valid lines and reports the others with their line', () => {
    expect(parseSiteList('# list\na.example\n\nbad site\nb.example # work\na.example\n')).toEqual({
      sites: ['a.example', 'b.example'],
      problems: [{ line: 4, text: 'bad site' }],
    });
  });

  it('reads JSON: a list, or an object holding one, with lines of bad items', () => {
    expect(parseSiteList('[\n  "a.example",\n  42,\n  "b.example"\n]')).toEqual({
      sites: ['a.example', 'b.example'],
      problems: [{ line: 3, text: '42' }],
    });
    expect(parseSiteList('{ "disabledSites": ["c.example"] }').sites).toEqual(['c.example']);
  });

  it('exports text that reads back to the same list', () => {
    const sites = ['a.example', 'b.example.org'];
    expect(parseSiteList(formatSiteList(sites, 'Gloss is off on these sites'))).toEqual({
      sites,
      problems: [],
    });
  });
});
