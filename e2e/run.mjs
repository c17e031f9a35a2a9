// `npm test`: starts one local runner for the whole suite, runs every tests/*.test.mjs with node's test
// runner against it, then stops the runner. E2E_BASE_URL=http://... runs against a runner already up instead.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, startRunner } from './lib/runner.mjs';

const TESTS_DIR = new URL('./tests/', import.meta.url).pathname;
// A whole journey may take a while on a busy 2-core machine; a hung one must still end the build.
const TEST_TIMEOUT_MS = 180_000;

mkdirSync(ARTIFACTS_DIR, { recursive: true });
const only = process.argv.slice(2);
const files = readdirSync(TESTS_DIR)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort()
  .map((name) => join(TESTS_DIR, name));

let runner = null;
const env = { ...process.env };
if (!process.env.E2E_BASE_URL) {
  const started = Date.now();
  runner = await startRunner();
  console.log(`runner up at ${runner.baseUrl} (data ${runner.dataDir}) in ${Date.now() - started} ms; log: ${runner.logFile}`);
  env.E2E_BASE_URL = runner.baseUrl;
  env.E2E_DATA_DIR = runner.dataDir;
  env.E2E_RUNNER_JAR = runner.jar;
}

const testRun = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', `--test-timeout=${TEST_TIMEOUT_MS}`, '--test-reporter=spec', ...files],
  { env, stdio: 'inherit' },
);
const forward = (signal) => testRun.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise((resolve) => testRun.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
if (runner) {
  const exit = await runner.stop();
  console.log(`runner stopped (${JSON.stringify(exit)})`);
}
process.exit(code);
