import { fileURLToPath } from 'node:url';
import { serveDir } from '../../../cli/bench-pages/server';

/** The test pages live in the project; nothing outside it is ever served. */
export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export interface PageServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every path requested so far, in order: lets later tests check who asked for what. */
  requests: string[];
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the fixture pages on a random loopback port, so tests never touch the network. */
export async function startPageServer(root = PAGES_DIR): Promise<PageServer> {
  const requests: string[] = [];
  const server = await serveDir(root, (path) => requests.push(path));
  return { ...server, requests, url: (path) => new URL(path, server.origin).href };
}
