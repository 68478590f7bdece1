/**
 * `npm run --silent eval -- GOLD.jsonl... [--compare] [--json]`: scores Gloss's engine on gold
 * documents with the field's rules (see cli/eval/score.ts), beside the peers' published
 * predictions on the same documents when asked.
 */
import { basename, dirname, join } from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readGoldFile, readPeerFile } from './eval/gold';
import type { GoldDocument, Prediction } from './eval/gold';
import type { QidNames } from './eval/links';
import { addCounts, emptyCounts, EXHAUSTIVE_SETS, figures, scoreDocument } from './eval/score';
import type { Counts, ErrorExample } from './eval/score';
import type { SystemRow } from './eval/report';
import { formatErrors, formatTable } from './eval/report';
import { openGloss } from './eval/gloss-system';
import type { GlossSystem } from './eval/gloss-system';
import { parseEvalArgs } from './eval/args';
import { addCoverage, emptyCoverage, formatCoverage, measureCoverage } from './eval/coverage';

interface SystemTotals {
  counts: Counts;
  exhaustive: boolean;
}

function loadQidNames(path: string | null): QidNames {
  if (!path || !existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as QidNames;
}

/** Peers' prediction files for a gold file: `<system>.<set>.jsonl` in the peers folder. */
function peerFiles(peersDir: string, goldPath: string): Map<string, string> {
  const set = basename(goldPath, '.jsonl');
  const files = new Map<string, string>();
  if (!existsSync(peersDir)) return files;
  for (const name of readdirSync(peersDir).sort()) {
    const match = /^(.+)\.([^.]+(?:-[^.]+)*)\.jsonl$/.exec(name);
    if (match?.[2] === set && match[1]) files.set(match[1], join(peersDir, name));
  }
  return files;
}

function scoreSystem(
  documents: GoldDocument[],
  predict: (document: GoldDocument) => Prediction[],
  context: { qidNames: QidNames; gloss: GlossSystem },
): { counts: Counts; errors: ErrorExample[] } {
  const counts = emptyCounts();
  const errors: ErrorExample[] = [];
  for (const document of documents) {
    const score = scoreDocument({
      document,
      predictions: predict(document),
      qidNames: context.qidNames,
      inStore: (target) => context.gloss.hasAnyTitle(target.titles),
    });
    addCounts(counts, score.counts);
    errors.push(...score.errors);
  }
  return { counts, errors };
}

function main(): void {
  const args = parseEvalArgs(process.argv.slice(2));
  const gloss = openGloss({ storePath: args.storePath, threshold: args.threshold, ablate: args.ablate });
  const totals = new Map<string, SystemTotals>();
  const allErrors: ErrorExample[] = [];
  const output: Record<string, unknown> = { files: {} };
  const coverage = emptyCoverage();

  for (const goldPath of args.files) {
    const documents = readGoldFile(goldPath);
    const exhaustive = documents.every((d) => EXHAUSTIVE_SETS.has(d.source));
    const qidNames = loadQidNames(args.qidNamesPath ?? join(dirname(goldPath), '..', 'qid-names.json'));
    const rows: SystemRow[] = [];
    const glossScore = scoreSystem(documents, (d) => gloss.predict(d.text), { qidNames, gloss });
    allErrors.push(...glossScore.errors);
    addCoverage(
      coverage,
      measureCoverage(documents, qidNames, (titles) => gloss.entityForTitles(titles)),
    );
    rows.push({
      system: 'gloss',
      counts: glossScore.counts,
      figures: figures(glossScore.counts, exhaustive),
    });
    if (args.compare) {
      const peersDir = args.peersDir ?? join(dirname(goldPath), '..', 'peers');
      for (const [system, file] of peerFiles(peersDir, goldPath)) {
        const peer = readPeerFile(file);
        const score = scoreSystem(documents, (d) => peer.get(d.id) ?? [], { qidNames, gloss });
        rows.push({ system, counts: score.counts, figures: figures(score.counts, exhaustive) });
      }
    }
    for (const row of rows) {
      const total = totals.get(row.system) ?? { counts: emptyCounts(), exhaustive: true };
      addCounts(total.counts, row.counts);
      total.exhaustive &&= exhaustive;
      totals.set(row.system, total);
    }
    (output.files as Record<string, unknown>)[basename(goldPath)] = rows;
    if (!args.json) console.log(`${formatTable(`${basename(goldPath)} (${documents.length} docs)`, rows)}\n`);
  }

  const overall: SystemRow[] = [...totals].map(([system, t]) => ({
    system,
    counts: t.counts,
    figures: figures(t.counts, t.exhaustive),
  }));
  output.overall = overall;
  output.coverage = coverage;
  if (args.json) {
    console.log(JSON.stringify({ ...output, errors: allErrors.slice(0, 2000) }));
    return;
  }
  if (args.files.length > 1) console.log(`${formatTable('overall (micro)', overall)}\n`);
  console.log(formatCoverage(coverage));
  console.log(`\n${formatErrors(allErrors, args.examples)}`);
}

try {
  main();
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(1);
}
