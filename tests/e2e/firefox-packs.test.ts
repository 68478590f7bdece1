import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { useSession } from './harness/session';
import { packTests } from './packs-path';

describe('Firefox ESR (puppeteer-core): knowledge packs', () => {
  const session = useSession(() => launchFirefox());
  packTests(session);
});
