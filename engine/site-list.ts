import { parseJsonLines } from './json-lines';
import { cleanHostname } from './settings';

/** A line of an imported site list that is not a site, with its line (1-based) and text. */
export interface SiteListProblem {
  line: number;
  text: string;
}

export interface SiteListParse {
  sites: string[];
  problems: SiteListProblem[];
}

/** A hostname from a line: a bare hostname, a `*.` wildcard (subdomains are always included) or an address. */
export function siteFromText(text: string): string | null {
  const value = text.trim().replace(/^\*\./, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      return cleanHostname(new URL(value).hostname);
    } catch {
      return null;
    }
  }
  return cleanHostname(value.replace(/\/.*$/, ''));
}

function collect(entries: { line: number; value: unknown }[]): SiteListParse {
  const sites = new Set<string>();
  const problems: SiteListProblem[] = [];
  for (const { line, value } of entries) {
    const site = typeof value === 'string' ? siteFromText(value) : null;
    if (site) sites.add(site);
    else
      problems.push({
        line,
        text: (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).slice(0, 80),
      });
  }
  return { sites: [...sites], problems };
}

/** A JSON site list: an array of hostnames, or an object holding one (`sites`, `disabledSites` or `enabledSites`). */
function parseJsonList(text: string): SiteListParse {
  const parsed = parseJsonLines(text);
  if (!parsed.ok) return { sites: [], problems: [{ line: parsed.line, text: parsed.message }] };
  const { value, lineOf } = parsed.json;
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  const list = Array.isArray(value)
    ? value
    : (record?.sites ?? record?.disabledSites ?? record?.enabledSites);
  if (!Array.isArray(list))
    return { sites: [], problems: [{ line: 1, text: text.trim().split('\n')[0]?.slice(0, 80) ?? '' }] };
  return collect(list.map((item: unknown, i) => ({ line: lineOf(list, String(i)) ?? 1, value: item })));
}

/**
 * Reads an imported site list: JSON, or text with one site per line (`#` starts a comment).
 * Valid sites are kept even when other lines are not; those come back as problems with their line.
 */
export function parseSiteList(text: string): SiteListParse {
  if (/^\ufeff?\s*[[{]/.test(text)) return parseJsonList(text);
  const entries = text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, value: raw.replace(/#.*$/, '').trim() }))
    .filter((entry) => entry.value !== '');
  return collect(entries);
}

/** A site list as a text file that `parseSiteList` reads back. */
export function formatSiteList(sites: readonly string[], title: string): string {
  return `# ${title.replace(/\n/g, ' ')}\n${sites.map((site) => `${site}\n`).join('')}`;
}
