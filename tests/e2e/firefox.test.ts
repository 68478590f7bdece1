import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { useSession } from './harness/session';
import { glossPathTests } from './gloss-path';

describe('Firefox ESR (puppeteer-core)', () => {
  const session = useSession(() => launchFirefox());
  glossPathTests(session);
});
