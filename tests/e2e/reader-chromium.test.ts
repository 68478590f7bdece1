import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { useSession } from './harness/session';
import { readerPathTests } from './reader-path';

describe('Chromium: the reader’s interactions', () => {
  const session = useSession(() => launchChromium());
  readerPathTests(session);
});
