import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Rollup } from 'vite';
import type * as EngineEntry from './engine-entry';

export type ShippedEngine = typeof EngineEntry;

const ENTRY = fileURLToPath(new URL('./engine-entry.ts', import.meta.url));

/**
 * The engine built as the extension ships it: by Vite (esbuild underneath), then loaded as plain
 * JavaScript. Run through tsx instead, every function the engine makes at run time is wrapped to
 * keep its name, which cost it about a fifth of its speed (medians of 58 against 70 ms a pass over
 * the dev gold texts) and is no part of what the background runs.
 */
export async function loadShippedEngine(): Promise<ShippedEngine> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { ssr: ENTRY, write: false, minify: false, target: 'node20' },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const entry = chunks.find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry);
  if (!entry) throw new Error('building the engine gave no entry chunk');
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  try {
    const file = join(dir, 'engine.mjs');
    writeFileSync(file, entry.code);
    return (await import(pathToFileURL(file).href)) as ShippedEngine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
