/**
 * A small JSON parser that remembers the line each object and each object key starts on, so a
 * reader's pack can be checked with errors like "line 7: ..." (JSON.parse gives no positions, and
 * its syntax messages differ from engine to engine).
 */

export interface JsonLines {
  value: unknown;
  /** Line (1-based) where an object or array parsed from the text starts, or where one of its keys (or item indexes) is. */
  lineOf(object: object, key?: string): number | undefined;
}

export type JsonLinesResult = { ok: true; json: JsonLines } | { ok: false; line: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Parser {
  private at = 0;
  private line = 1;
  readonly starts = new WeakMap<object, number>();
  readonly keys = new WeakMap<object, Map<string, number>>();

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    const value = this.value();
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected ${this.describe()} after the end of the JSON`);
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(this.line, message);
  }

  private describe(): string {
    const char = this.text[this.at];
    return char === undefined ? 'end of file' : `character ${JSON.stringify(char)}`;
  }

  private space(): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === '\n') this.line += 1;
      else if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\ufeff') return;
      this.at += 1;
    }
  }

  private value(): unknown {
    this.space();
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    return this.fail(`unexpected ${this.describe()}`);
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.at] !== char)
      this.fail(`expected ${JSON.stringify(char)} but found ${this.describe()}`);
    this.at += 1;
  }

  private object(): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const keyLines = new Map<string, number>();
    this.starts.set(object, this.line);
    this.keys.set(object, keyLines);
    this.at += 1;
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return object;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail(`expected a quoted key but found ${this.describe()}`);
      const line = this.line;
      const key = this.string();
      this.expect(':');
      // defineProperty, so a key named "__proto__" is data, as with JSON.parse.
      Object.defineProperty(object, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      keyLines.set(key, line);
      if (!this.separator('}')) return object;
    }
  }

  private array(): unknown[] {
    const array: unknown[] = [];
    const itemLines = new Map<string, number>();
    this.starts.set(array, this.line);
    this.keys.set(array, itemLines);
    this.at += 1;
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return array;
    }
    for (;;) {
      this.space();
      itemLines.set(String(array.length), this.line);
      array.push(this.value());
      if (!this.separator(']')) return array;
    }
  }

  /** After an element: true for a comma (more follow), false for the closing bracket. */
  private separator(close: string): boolean {
    this.space();
    const char = this.text[this.at];
    this.at += 1;
    if (char === ',') return true;
    if (char === close) return false;
    this.at -= 1;
    return this.fail(`expected "," or ${JSON.stringify(close)} but found ${this.describe()}`);
  }

  private string(): string {
    this.at += 1;
    let out = '';
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined || char === '\n') this.fail('a string is not closed');
      this.at += 1;
      if (char === '"') return out;
      if (char !== '\\') {
        out += char;
        continue;
      }
      out += this.escape();
    }
  }

  private escape(): string {
    const char = this.text[this.at] ?? '';
    this.at += 1;
    if (char in ESCAPES) return ESCAPES[char] ?? '';
    const hex = this.text.slice(this.at, this.at + 4);
    if (char !== 'u' || !/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('a string has a bad escape');
    this.at += 4;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private number(): number {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 40));
    if (!match) this.fail(`unexpected ${this.describe()}`);
    this.at += match[0].length;
    return Number(match[0]);
  }
}

/** Parses JSON text, keeping line numbers; a syntax error comes back with its line, never thrown. */
export function parseJsonLines(text: string): JsonLinesResult {
  const parser = new Parser(text);
  try {
    const value = parser.parseDocument();
    return {
      ok: true,
      json: {
        value,
        lineOf: (object, key) =>
          key === undefined ? parser.starts.get(object) : parser.keys.get(object)?.get(key),
      },
    };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, line: error.line, message: error.message };
    // Only a RangeError (nesting deep enough to overflow the stack) can get here.
    return { ok: false, line: 1, message: 'the JSON is nested too deeply' };
  }
}
