import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import json from '../../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Record<string, Message> = json;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Source files of the reader-facing views and their entrypoints. */
function sources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  return [...walk('components'), ...walk('entrypoints')];
}

describe('the English messages (public/_locales/en)', () => {
  it('has every key the views look up by a literal name', () => {
    const missing: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) {
        const key = match[1] ?? '';
        if (!key.startsWith('@@') && !(key in messages)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares every placeholder a message uses, and uses every one it declares', () => {
    const wrong: string[] = [];
    for (const [key, entry] of Object.entries(messages)) {
      const used = new Set(
        [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()),
      );
      const declared = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));
      for (const name of used) if (!declared.has(name)) wrong.push(`${key}: $${name}$ is not declared`);
      for (const name of declared)
        if (!used.has(name)) wrong.push(`${key}: ${name} is declared but not used`);
    }
    expect(wrong).toEqual([]);
  });
});
