import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { useSession } from './harness/session';
import { readerPathTests } from './reader-path';

describe('Firefox ESR: the reader’s interactions', () => {
  const session = useSession(() => launchFirefox());
  readerPathTests(session);
});
