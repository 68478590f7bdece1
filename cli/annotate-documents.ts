import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blockOffsetsInDocument, collectTextBlocks, documentText } from '../page/text-blocks';
import { splitParagraphs } from './text-documents';

/** One document to annotate: its text, and its blocks with where each starts in that text. */
export interface CliDocument {
  id: string;
  text: string;
  blocks: { text: string; offset: number }[];
}

/** A document that could not be read, named by file and line. */
export interface DocumentError {
  error: string;
}

/** An HTML page as the content script reads it: its text blocks, offsets into `documentText`. */
export function htmlDocument(id: string, html: string): CliDocument {
  // A console that goes nowhere: saved pages' broken CSS is not the reader's concern.
  const { window } = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const blocks = collectTextBlocks(window.document.body);
    const offsets = blockOffsetsInDocument(blocks);
    return {
      id,
      text: documentText(blocks),
      blocks: blocks.map((block, i) => ({ text: block.text, offset: offsets[i] ?? 0 })),
    };
  } finally {
    window.close();
  }
}

/** Plain text, split into blocks at blank lines as a page's paragraphs would be. */
export function textDocument(id: string, text: string): CliDocument {
  return { id, text, blocks: splitParagraphs(text) };
}

function jsonlDocuments(file: string, content: string): (CliDocument | DocumentError)[] {
  const out: (CliDocument | DocumentError)[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.push({ error: `${where}: not valid JSON (${(error as Error).message})` });
      return;
    }
    const record = value as { id?: unknown; text?: unknown } | null;
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string')
      out.push({ error: `${where}: expected an object with a string "text"` });
    else if (typeof record.id !== 'string' && typeof record.id !== 'number')
      out.push({ error: `${where}: expected an "id" (string or number)` });
    else out.push(textDocument(String(record.id), record.text));
  });
  return out;
}

/** Reads one FILE argument into its documents, or errors naming the file (and line). */
export function readDocuments(file: string): (CliDocument | DocumentError)[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    return [
      {
        error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      },
    ];
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') return jsonlDocuments(file, content);
  if (ext === '.html' || ext === '.htm') return [htmlDocument(basename(file), content)];
  if (ext === '.txt') return [textDocument(basename(file), content)];
  return [{ error: `${file}: unknown file type (expected .txt, .html or .jsonl)` }];
}
