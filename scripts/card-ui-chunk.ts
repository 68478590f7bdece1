import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import type { Wxt } from 'wxt';
import { CARD_UI_FILE } from '../extension/card-ui-file';

/**
 * Builds the card and panel UI (entrypoints/content/card-ui.ts) as an ES module of its own beside the
 * content script. WXT builds each content script as one IIFE, which cannot split off a chunk, so this
 * runs after WXT's build, into the same output folder (and so into the zips), with the same Preact,
 * path aliases and ASCII output as WXT's own builds.
 */
export async function buildCardUiChunk(wxt: Wxt): Promise<void> {
  const { root, srcDir, outDir, mode } = wxt.config;
  await build({
    configFile: false,
    root,
    mode,
    logLevel: 'warn',
    plugins: [preact()],
    resolve: { alias: { '@': srcDir, '~': srcDir } },
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    esbuild: { charset: 'ascii' },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      // Not Vite's library mode: that keeps the whitespace of ES output for other bundlers to read.
      modulePreload: false,
      rollupOptions: {
        input: resolve(srcDir, 'entrypoints/content/card-ui.ts'),
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: CARD_UI_FILE, inlineDynamicImports: true },
      },
    },
  });
  wxt.logger.info(`Built ${CARD_UI_FILE} (the card UI, imported by the content script on first need)`);
}
