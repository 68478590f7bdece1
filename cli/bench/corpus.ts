import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { collectTextBlocks, documentText } from '../../page/text-blocks';

const READABLE = new Set(['.txt', '.html', '.htm', '.jsonl']);

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)))
    .filter((file) => READABLE.has(extname(file)));
}

/** The texts of every .txt, .html (as the content script extracts it) and .jsonl document under the paths. */
export function readInputTexts(paths: string[]): string[] {
  const texts: string[] = [];
  for (const file of paths.flatMap(filesUnder)) {
    const content = readFileSync(file, 'utf8');
    const extension = extname(file);
    if (extension === '.txt') texts.push(content);
    else if (extension === '.jsonl') texts.push(...jsonlTexts(content));
    else {
      const { document } = new JSDOM(content).window;
      texts.push(documentText(collectTextBlocks(document.body)));
    }
  }
  return texts.filter((text) => text.length > 0);
}

// A line that is not a JSON document (the annotate fixtures keep one on purpose) is no text to time.
function jsonlTexts(content: string): string[] {
  return content.split('\n').flatMap((line) => {
    try {
      return line.trim() ? [String((JSON.parse(line) as { text?: unknown }).text ?? '')] : [];
    } catch {
      return [];
    }
  });
}
