import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project's root folder, found from this file so the CLI and the tests work from any cwd. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A file inside an installed npm package (read at build time only, never shipped). */
export function packageFile(name: string, file: string): string {
  return join(PROJECT_ROOT, 'node_modules', name, file);
}

export const NEWS_CORE_DIR = join(PROJECT_ROOT, 'knowledge', 'news-core');
