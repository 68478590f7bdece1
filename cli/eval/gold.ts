import { readFileSync } from 'node:fs';

/** A mention of the gold format of the eval sets (offsets in UTF-16 code units). */
export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  type: string | null;
  /** `enwiki:Title`, `wikidata:Q…`, `dewiki:Title`, or null for an entity without an article. */
  link: string | null;
  wikidata?: string;
}

export interface GoldDocument {
  id: string;
  source: string;
  text: string;
  mentions: GoldMention[];
}

/** A predicted, linked mention: a Wikipedia title and, where known, a QID. */
export interface Prediction {
  start: number;
  end: number;
  surface: string;
  title: string | null;
  wikidata?: string;
  /** Gloss's own entity id, kept for error listings. */
  entityId?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseMention(value: unknown): GoldMention | null {
  if (!isRecord(value)) return null;
  const { start, end, surface, type, link, wikidata } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof surface !== 'string') return null;
  return {
    start: start as number,
    end: end as number,
    surface,
    type: typeof type === 'string' ? type : null,
    link: typeof link === 'string' ? link : null,
    ...(typeof wikidata === 'string' ? { wikidata } : {}),
  };
}

/** Reads a gold .jsonl file; a malformed line is an error naming the file and line. */
export function readGoldFile(path: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${path}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not JSON (${(error as Error).message})`);
      }
      if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string')
        throw new Error(`${where}: a document needs "id" and "text" strings`);
      const mentions = Array.isArray(value.mentions) ? value.mentions.map(parseMention) : [];
      if (mentions.some((m) => m === null)) throw new Error(`${where}: a mention is malformed`);
      documents.push({
        id: value.id,
        source: typeof value.source === 'string' ? value.source : '',
        text: value.text,
        mentions: mentions as GoldMention[],
      });
    });
  return documents;
}

/** Reads a peer's predictions (`{"id","mentions":[{start,end,surface,entity:{title,wikidata}}]}`), keyed by document id. */
export function readPeerFile(path: string): Map<string, Prediction[]> {
  const byDocument = new Map<string, Prediction[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const value = JSON.parse(line) as { id: string; mentions?: unknown[] };
    const predictions: Prediction[] = [];
    for (const m of value.mentions ?? []) {
      if (!isRecord(m) || !Number.isInteger(m.start) || !Number.isInteger(m.end)) continue;
      const entity = isRecord(m.entity) ? m.entity : {};
      predictions.push({
        start: m.start as number,
        end: m.end as number,
        surface: typeof m.surface === 'string' ? m.surface : '',
        title: typeof entity.title === 'string' ? entity.title : null,
        ...(typeof entity.wikidata === 'string' ? { wikidata: entity.wikidata } : {}),
      });
    }
    byDocument.set(value.id, predictions);
  }
  return byDocument;
}
