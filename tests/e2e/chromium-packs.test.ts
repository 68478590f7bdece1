import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { useSession } from './harness/session';
import { packTests } from './packs-path';

describe('Chromium (playwright-core): knowledge packs', () => {
  const session = useSession(() => launchChromium());
  packTests(session);
});
