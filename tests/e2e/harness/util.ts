import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Rejects when `promise` takes longer than `ms`, so a hung browser fails the test instead of CI. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The built extension for a browser; the tests never build it themselves (that is `npm run build`). */
export function extensionDir(browser: 'chromium' | 'firefox'): string {
  const envName = browser === 'chromium' ? 'GLOSS_CHROME_EXTENSION' : 'GLOSS_FIREFOX_EXTENSION';
  const dir =
    process.env[envName] ?? `${ROOT}.output/${browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2'}`;
  if (!existsSync(`${dir}/manifest.json`))
    throw new Error(`No built extension at ${dir}: run npm run build first.`);
  return dir;
}

export function browserExecutable(browser: 'chromium' | 'firefox'): string {
  const path =
    browser === 'chromium'
      ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
      : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (!existsSync(path))
    throw new Error(
      `${browser} not found at ${path}: install Debian's chromium and firefox-esr (see .ci/run).`,
    );
  return path;
}
