import type { Counts, ErrorExample, ErrorKind, Figures } from './score';

const pct = (value: number | null) => (value === null ? '    –' : (100 * value).toFixed(1).padStart(5));

export interface SystemRow {
  system: string;
  figures: Figures;
  counts: Counts;
}

/** A plain-text table of the systems' figures on one file (or overall), best linking F1 first. */
export function formatTable(title: string, rows: SystemRow[]): string {
  const sorted = [...rows].sort((a, b) => b.figures.elF1 - a.figures.elF1);
  const width = Math.max(8, ...sorted.map((r) => r.system.length));
  const header = `${'system'.padEnd(width)}  MD R   MD P   EL P   EL R   EL F1  correct/judged`;
  const lines = sorted.map(({ system, figures, counts }) =>
    [
      system.padEnd(width),
      pct(figures.mdRecall),
      ` ${pct(figures.mdPrecision)}`,
      ` ${pct(figures.elPrecision)}`,
      ` ${pct(figures.elRecall)}`,
      ` ${pct(figures.elF1)}`,
      `  ${counts.linkedCorrect} / ${counts.linkedJudged}`,
    ].join(' '),
  );
  return [`## ${title}`, header, ...lines].join('\n');
}

/** The errors grouped by kind, with counts and a few examples of each. */
export function formatErrors(errors: ErrorExample[], examplesPerKind: number): string {
  const kinds: ErrorKind[] = ['wrong entity', 'spurious', 'missed, in store', 'missed, not in store'];
  const parts: string[] = ['## Gloss errors'];
  for (const kind of kinds) {
    const ofKind = errors.filter((e) => e.kind === kind);
    parts.push(`${kind}: ${ofKind.length}`);
    const bySurface = new Map<string, { example: ErrorExample; count: number }>();
    for (const error of ofKind) {
      const key = `${error.surface}\u0000${error.predicted}\u0000${error.expected}`;
      const seen = bySurface.get(key);
      if (seen) seen.count += 1;
      else bySurface.set(key, { example: error, count: 1 });
    }
    const common = [...bySurface.values()].sort((a, b) => b.count - a.count).slice(0, examplesPerKind);
    for (const { example, count } of common) {
      const arrow = example.predicted ? ` → ${example.predicted}` : '';
      const expected = example.expected ? ` (gold: ${example.expected})` : '';
      parts.push(`  ${count}× "${example.surface}"${arrow}${expected}`);
    }
  }
  return parts.join('\n');
}
