import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { useSession } from './harness/session';
import { dynamicTests } from './dynamic';
import { harmlessTests } from './harmless';

describe('Chromium: harmless, private, and correct on changing pages', () => {
  const gloss = useSession(() => launchChromium());
  const plain = useSession(() => launchChromium({ extension: false }));
  harmlessTests(gloss, plain);
  dynamicTests(gloss);
});
