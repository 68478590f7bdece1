/**
 * `npm run --silent annotate -- [--format jsonl|text] [--threshold N] [--store PATH] FILE...`:
 * runs the extension's engine (and, for HTML, the content script's text extraction) on files.
 */
import { annotateBlocks, createDocumentContext } from '../engine/annotate';
import type { KnowledgeStore } from '../engine/store';
import type { AnnotateArgs } from './annotate-args';
import { parseAnnotateArgs } from './annotate-args';
import type { CliDocument } from './annotate-documents';
import { readDocuments } from './annotate-documents';
import { documentMentions, formatDocument } from './annotate-output';
import { openStoreFile } from './store-open';

function annotateDocument(store: KnowledgeStore, doc: CliDocument, args: AnnotateArgs): string[] {
  // One context per document: its blocks share evidence, as one page's blocks do in the extension.
  const mentions = annotateBlocks(
    store,
    doc.blocks.map((block) => block.text),
    { context: createDocumentContext() },
  ).filter((m) => m.score >= args.threshold);
  return formatDocument(args.format, doc.id, documentMentions(store, doc, mentions));
}

/** Runs the command; returns the exit code (1 when any file or line failed, 2 on bad usage). */
export function runAnnotate(
  argv: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  const args = parseAnnotateArgs(argv);
  if ('error' in args) {
    err(args.error);
    return 2;
  }
  let store: KnowledgeStore;
  try {
    store = openStoreFile(args.storePath);
  } catch (error) {
    err(`annotate: ${(error as Error).message}`);
    return 2;
  }
  let failed = false;
  for (const file of args.files)
    for (const doc of readDocuments(file)) {
      if ('error' in doc) {
        err(`annotate: ${doc.error}`);
        failed = true;
      } else for (const line of annotateDocument(store, doc, args)) out(line);
    }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Piped into `head`, stdout closes early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = runAnnotate(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
