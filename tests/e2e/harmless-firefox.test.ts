import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { useSession } from './harness/session';
import { dynamicTests } from './dynamic';
import { harmlessTests } from './harmless';

describe('Firefox ESR: harmless, private, and correct on changing pages', () => {
  const gloss = useSession(() => launchFirefox());
  const plain = useSession(() => launchFirefox({ extension: false }));
  harmlessTests(gloss, plain);
  dynamicTests(gloss);
});
