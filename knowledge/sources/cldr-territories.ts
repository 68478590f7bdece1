import { readFileSync } from 'node:fs';
import { packageFile } from '../paths';

/** Population and GDP of a territory (ISO 3166-1 alpha-2), from CLDR's territoryInfo. */
export interface TerritoryFigures {
  population?: number;
  gdp?: number;
}

interface TerritoryInfoFile {
  supplemental: { territoryInfo: Record<string, { _population?: string; _gdp?: string }> };
}

function toNumber(text: string | undefined): number | undefined {
  const value = text === undefined ? NaN : Number(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Reads cldr-core's supplemental/territoryInfo.json. */
export function readTerritoryFigures(): Map<string, TerritoryFigures> {
  const path = packageFile('cldr-core', 'supplemental/territoryInfo.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as TerritoryInfoFile;
  const figures = new Map<string, TerritoryFigures>();
  for (const [code, info] of Object.entries(file.supplemental.territoryInfo)) {
    const population = toNumber(info._population);
    const gdp = toNumber(info._gdp);
    figures.set(code, { ...(population ? { population } : {}), ...(gdp ? { gdp } : {}) });
  }
  return figures;
}
