import { afterAll, beforeAll } from 'vitest';
import { startPageServer } from './server';
import type { PageServer } from './server';
import type { GlossBrowser } from './types';

export interface Session<B extends GlossBrowser = GlossBrowser> {
  readonly browser: B;
  readonly server: PageServer;
}

/**
 * One browser and one page server for a whole test file, started before its tests and always
 * closed after them, even when a test fails or the launch itself fails halfway.
 */
export function useSession<B extends GlossBrowser>(launch: () => Promise<B>): Session<B> {
  let browser: B | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch();
  }, 90_000);
  afterAll(async () => {
    const closing = [browser?.close(), server?.close()];
    const results = await Promise.allSettled(closing);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }, 30_000);
  return {
    get browser() {
      if (!browser) throw new Error('the browser did not start (see the beforeAll error above)');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the page server did not start');
      return server;
    },
  };
}
