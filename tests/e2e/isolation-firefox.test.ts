import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { useSession } from './harness/session';
import { isolationTests } from './isolation';

describe('Firefox ESR: styles isolated both ways, only the card UI web-accessible', () => {
  const gloss = useSession(() => launchFirefox());
  const plain = useSession(() => launchFirefox({ extension: false }));
  isolationTests(gloss, plain);
});
