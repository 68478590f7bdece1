import type { MentionData } from '../engine/messages';
import type { KnowledgeStore } from '../engine/store';
import type { CliDocument } from './annotate-documents';

/** One mention as `--format jsonl` prints it. */
export interface CliMention {
  start: number;
  end: number;
  surface: string;
  score: number;
  entity: { id: string; name: string; type: string; wikipedia: string | null };
}

/** Maps block mentions to offsets into the document's text, with the entity's card basics. */
export function documentMentions(
  store: KnowledgeStore,
  doc: CliDocument,
  mentions: readonly MentionData[],
): CliMention[] {
  const out: CliMention[] = [];
  for (const m of mentions) {
    const entity = store.byId(m.entityId);
    const offset = doc.blocks[m.block]?.offset;
    if (!entity || offset === undefined) continue;
    const start = offset + m.start;
    const end = offset + m.end;
    out.push({
      start,
      end,
      surface: doc.text.slice(start, end),
      score: m.score,
      entity: { id: entity.id, name: entity.name, type: entity.type, wikipedia: entity.wikipedia },
    });
  }
  return out;
}

/** The lines printed for one document in the chosen format. */
export function formatDocument(
  format: 'text' | 'jsonl',
  id: string,
  mentions: readonly CliMention[],
): string[] {
  if (format === 'jsonl') return [JSON.stringify({ id, mentions })];
  return [
    `# ${id}`,
    ...mentions.map(
      (m) => `${m.surface}\t${m.entity.name} (${m.entity.type})\t${m.score.toFixed(2)}\t${m.start}-${m.end}`,
    ),
  ];
}
