/** A paragraph of a plain-text document and where it starts in that document (UTF-16 units). */
export interface Paragraph {
  text: string;
  offset: number;
}

/**
 * Splits plain text into paragraphs at blank lines, as a page's blocks would be, keeping each
 * paragraph's offset so mentions map back into the whole text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) paragraphs.push({ text: text.slice(start, match.index), offset: start });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ text: text.slice(start), offset: start });
  return paragraphs;
}
