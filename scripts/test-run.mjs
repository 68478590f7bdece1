// Runs one command of the test suite with its output shown as it comes, and a time limit, so a hung
// tool (a browser that never closes, a watcher left on) fails its step instead of hanging CI.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project's own copy of a tool, as npx would find it, without npx's start-up cost. */
export function localBin(root, name) {
  const bin = join(root, 'node_modules', '.bin', name);
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm ci first`);
  return bin;
}

/**
 * Resolves with { code, timedOut, ms }. The child gets its own process group so that on timeout the
 * whole tree (vitest workers, browsers) is stopped: first politely, then for good.
 */
export function run(command, args, { cwd, timeoutMs, env = process.env }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    let timedOut = false;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n${command} ${args.join(' ')}: no result after ${timeoutMs / 1000} s, stopping it`);
      kill('SIGTERM');
      setTimeout(() => kill('SIGKILL'), 5000).unref();
    }, timeoutMs);
    // Ctrl-C on `npm test` must not leave browsers behind.
    const onSignal = () => kill('SIGTERM');
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const finish = (code) => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve({ code, timedOut, ms: Date.now() - started });
    };
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      finish(127);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
