/** One CSV record with the line (1-based) it starts on; a quoted field may span lines. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

const LINE_BREAK = /\r\n?|\n/g;
/** What ends a run of plain text outside quotes. */
const SPECIAL = /[",\r\n]/g;

function countLines(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Parses CSV as RFC 4180 describes it: commas between fields, double quotes around a field that
 * holds commas, quotes or line breaks, and "" for a quote inside one. Blank lines are skipped. A line
 * ends at LF, CRLF or a lone CR, inside quotes too, so lines are numbered as an editor shows them.
 * Text is copied in runs between the characters that matter: a pack may be megabytes.
 */
export function parseCsv(text: string): CsvResult {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  const source = text.replace(/^\ufeff/, '');
  let i = 0;
  while (i < source.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(source);
    const at = found ? found.index : source.length;
    cell += source.slice(i, at);
    const char = source[at];
    i = at + 1;
    if (char === '"' && cell.trim() === '') {
      const quoteLine = line;
      cell = '';
      // Inside quotes: runs up to each quote; "" is a quote, a lone one closes the field.
      for (;;) {
        const close = source.indexOf('"', i);
        if (close < 0) return { ok: false, line: quoteLine, message: 'a quoted field is not closed' };
        const run = source.slice(i, close);
        line += countLines(run);
        cell += run;
        i = close + 1;
        if (source[i] !== '"') break;
        cell += '"';
        i += 1;
      }
    } else if (char === '"') cell += char;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    }
  }
  endRow();
  return { ok: true, rows };
}
