import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { useSession } from './harness/session';
import { glossPathTests } from './gloss-path';

describe('Chromium (playwright-core)', () => {
  const session = useSession(() => launchChromium());
  glossPathTests(session);
});
