// Runs vitest with its usual output on screen plus the JSON reporter into a temporary file, and
// counts tests from that file: vitest's own summary is for people, not for the closing line.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localBin, run } from './test-run.mjs';

/** Returns { passed, failed, skipped, ms, notes }; problems outside tests still count as failures. */
export async function runVitest(root, { config, timeoutMs, env }) {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-vitest-'));
  const report = join(dir, 'report.json');
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  try {
    const result = await run(localBin(root, 'vitest'), args, { cwd: root, timeoutMs, env });
    return { ...(await count(report, result)), ms: result.ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function count(report, { code, timedOut }) {
  let json;
  try {
    json = JSON.parse(await readFile(report, 'utf8'));
  } catch {
    const why = timedOut ? 'timed out' : `exited with code ${code} before reporting any test`;
    return { passed: 0, failed: 1, skipped: 0, notes: [`vitest ${why}`] };
  }
  const notes = [];
  let failed = json.numFailedTests;
  // A file that fails to load, or whose beforeAll throws, fails without failing a test: count it.
  for (const file of json.testResults) {
    const failedHere = file.assertionResults.filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedHere === 0) {
      failed += 1;
      notes.push(`${file.name}: ${file.message.split('\n')[0] || 'failed outside its tests'}`);
    }
  }
  if (json.numTotalTests === 0 && json.testResults.length === 0) {
    failed += 1;
    notes.push('no test files found');
  }
  // Unhandled errors make vitest exit non-zero with every test passed.
  if (code !== 0 && failed === 0) {
    failed += 1;
    notes.push(timedOut ? 'vitest timed out' : `vitest exited with code ${code}`);
  }
  return { passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests, notes };
}
