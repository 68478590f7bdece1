// `npm test`: every check the project has, in order, ending with one line "N passed, N failed".
// Lint, format and type checks count as one test each; vitest's tests count one by one.
// `npm test -- unit e2e` runs only the named steps (lint, format, types, unit, e2e).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localBin, run } from './test-run.mjs';
import { runVitest } from './test-vitest.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MINUTE = 60_000;

/** The built packages the end-to-end tests load; they never build them themselves. */
const BUILDS = [
  process.env.GLOSS_CHROME_EXTENSION ?? `${ROOT}.output/chrome-mv3`,
  process.env.GLOSS_FIREFOX_EXTENSION ?? `${ROOT}.output/firefox-mv2`,
];

async function tool(name, args, timeoutMs) {
  const { code, timedOut, ms } = await run(localBin(ROOT, name), args, { cwd: ROOT, timeoutMs });
  const ok = code === 0;
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ms, notes: timedOut ? ['timed out'] : [] };
}

async function e2e() {
  const missing = BUILDS.filter((dir) => !existsSync(`${dir}/manifest.json`));
  if (missing.length > 0) {
    console.log(`No built extension in ${missing.join(' and ')}: run npm run build first.`);
    return { passed: 0, failed: 1, skipped: 0, ms: 0, notes: ['run npm run build first'] };
  }
  return runVitest(ROOT, { config: 'vitest.e2e.config.ts', timeoutMs: 5 * MINUTE });
}

const STEPS = [
  { name: 'lint', title: 'eslint', run: () => tool('eslint', ['.'], 5 * MINUTE) },
  { name: 'format', title: 'prettier --check', run: () => tool('prettier', ['--check', '.'], 2 * MINUTE) },
  { name: 'types', title: 'tsc --noEmit', run: () => tool('tsc', ['--noEmit'], 5 * MINUTE) },
  {
    name: 'unit',
    title: 'unit and component tests (vitest)',
    run: () => runVitest(ROOT, { timeoutMs: 10 * MINUTE }),
  },
  { name: 'e2e', title: 'end to end in Chromium and Firefox ESR (vitest)', run: e2e },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`Unknown step ${unknown.join(', ')}; steps are ${STEPS.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

const results = [];
for (const step of STEPS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  console.log(`\n━━ ${step.title} ━━`);
  let result;
  try {
    result = await step.run();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    result = { passed: 0, failed: 1, skipped: 0, ms: 0, notes: ['could not start'] };
  }
  results.push({ step, ...result });
}

console.log('\n━━ summary ━━');
for (const { step, passed, failed, skipped, ms, notes } of results) {
  const mark = failed > 0 ? 'FAIL' : 'ok  ';
  const extra = [skipped ? `${skipped} skipped` : '', ...notes].filter(Boolean).join('; ');
  console.log(
    `${mark} ${step.name.padEnd(7)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed` +
      `  ${(ms / 1000).toFixed(1).padStart(6)} s${extra ? `  (${extra})` : ''}`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
