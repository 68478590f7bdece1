import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Worker } from 'playwright-core';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker, or null for the run without Gloss. */
  worker: Worker | null;
  close(): Promise<void>;
}

const ARGS = ['--disable-gpu', '--disable-quic', '--disable-sync'];

/**
 * Debian's Chromium in a fresh profile, with or without the built extension. Every request to a host
 * other than `origin` is aborted, so saved pages' ads and trackers neither slow a run nor leave the machine.
 */
export async function launchBench(
  origin: string,
  extensionDir: string | null,
  executablePath: string,
): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'gloss-bench-'));
  const args = extensionDir
    ? [...ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    args,
    viewport: { width: 1280, height: 800 },
    timeout: 30_000,
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const worker = extensionDir ? await extensionWorker(context) : null;
    return { context, worker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }))
  );
}
