import type { GoldDocument } from './gold';
import type { QidNames } from './links';
import { goldTarget } from './links';

/** How many linked gold mentions have their entity in the store, overall and by gold type. */
export interface Coverage {
  linked: number;
  inStore: number;
  withDescription: number;
  byType: Record<string, { linked: number; inStore: number }>;
}

export function emptyCoverage(): Coverage {
  return { linked: 0, inStore: 0, withDescription: 0, byType: {} };
}

export function addCoverage(into: Coverage, from: Coverage): void {
  into.linked += from.linked;
  into.inStore += from.inStore;
  into.withDescription += from.withDescription;
  for (const [type, c] of Object.entries(from.byType)) {
    const t = (into.byType[type] ??= { linked: 0, inStore: 0 });
    t.linked += c.linked;
    t.inStore += c.inStore;
  }
}

export function formatCoverage(c: Coverage): string {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0');
  const types = Object.entries(c.byType)
    .sort()
    .map(([type, t]) => `${type} ${pct(t.inStore, t.linked)}% of ${t.linked}`)
    .join(', ');
  return [
    '## Store coverage of the linked gold mentions',
    `in store: ${pct(c.inStore, c.linked)}% (${c.inStore} of ${c.linked}); with a description: ${pct(c.withDescription, c.linked)}%`,
    `by gold type: ${types}`,
  ].join('\n');
}

/** Looks an entity up by any of the titles a gold link accepts; returns whether it has a description. */
export type TitleLookup = (titles: Set<string>) => { description: string } | undefined;

/** Coverage of one set of documents, judged by the English Wikipedia titles of the store's entities. */
export function measureCoverage(
  documents: GoldDocument[],
  qidNames: QidNames,
  lookup: TitleLookup,
): Coverage {
  const coverage = emptyCoverage();
  for (const document of documents)
    for (const mention of document.mentions) {
      const target = goldTarget(mention, qidNames);
      if (!target) continue;
      const type = mention.type ?? 'untyped';
      const byType = (coverage.byType[type] ??= { linked: 0, inStore: 0 });
      coverage.linked += 1;
      byType.linked += 1;
      const entity = lookup(target.titles);
      if (!entity) continue;
      coverage.inStore += 1;
      byType.inStore += 1;
      if (entity.description.trim()) coverage.withDescription += 1;
    }
  return coverage;
}
