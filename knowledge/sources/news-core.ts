import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftEntity } from '../draft';
import type { NewsCoreEntry } from '../validate-news-core';
import { NEWS_CORE_DIR } from '../paths';
import { newsCoreBase } from '../prior';
import { validateFile } from '../validate-news-core';

export const NEWS_CORE_SOURCE = 'news-core';

/** A news-core entry ready to merge, with the date its facts hold as of. */
export interface CoreDraft extends DraftEntity {
  asOf: string;
}

/** The build stops on any problem in the hand-written files, listing every one of them. */
export class NewsCoreError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`news core: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    this.name = 'NewsCoreError';
  }
}

function toDraft(entry: NewsCoreEntry): CoreDraft {
  return {
    id: `core:${entry.id}`,
    type: entry.type,
    name: entry.name,
    aliases: entry.aliases,
    description: entry.description,
    facts: entry.facts,
    source: NEWS_CORE_SOURCE,
    wikipedia: entry.wikipedia,
    hints: { base: newsCoreBase(entry.priority) },
    asOf: entry.asOf,
  };
}

/** Parses and validates news-core files given as name → text; throws NewsCoreError on any problem. */
export function parseNewsCore(
  files: ReadonlyMap<string, string>,
  commonWords: ReadonlySet<string>,
): CoreDraft[] {
  const ctx = { commonWords, seenIds: new Map<string, string>(), errors: [] as string[] };
  const entries: NewsCoreEntry[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      ctx.errors.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    entries.push(...validateFile(file, json, ctx));
  }
  if (ctx.errors.length > 0) throw new NewsCoreError(ctx.errors);
  return entries.map(toDraft);
}

/** Reads every knowledge/news-core/*.json file (README.md describes the format). */
export function readNewsCoreFiles(dir = NEWS_CORE_DIR): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    files.set(name, readFileSync(join(dir, name), 'utf8'));
  return files;
}
