// `npm test`: starts one local runner for the whole suite, submits the fixtures, runs the tests with node's
// test runner against it, then stops the runner. E2E_BASE_URL=http://... (with E2E_DATA_DIR) tests a runner
// that is already up instead. Tests that only read run side by side; tests that change data run after them,
// alone, so a page never changes between two looks at it.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures } from './lib/fixtures.mjs';
import { ARTIFACTS_DIR, runnerJar, startRunner } from './lib/runner.mjs';

const TESTS_DIR = new URL('./tests/', import.meta.url).pathname;
const CHANGES_DATA = new Set(['department.test.mjs', 'progress.test.mjs']);
// A file takes well under a minute on a quiet 2-core machine and several on a crowded one; a hung one must
// still end the build.
const FILE_TIMEOUT_MS = 600_000;

mkdirSync(ARTIFACTS_DIR, { recursive: true });
const only = process.argv.slice(2);
const names = readdirSync(TESTS_DIR)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();
const phases = [
  { files: names.filter((name) => !CHANGES_DATA.has(name)), concurrency: 3 },
  { files: names.filter((name) => CHANGES_DATA.has(name)), concurrency: 1 },
].filter((phase) => phase.files.length > 0);

const started = Date.now();
let runner = null;
const env = { ...process.env };
if (!process.env.E2E_BASE_URL) {
  runner = await startRunner();
  console.log(`runner up at ${runner.baseUrl} (data ${runner.dataDir}) in ${Date.now() - started} ms; log: ${runner.logFile}`);
  env.E2E_BASE_URL = runner.baseUrl;
  env.E2E_DATA_DIR = runner.dataDir;
  env.E2E_RUNNER_JAR = runner.jar;
}

let child = null;
const forward = (signal) => child?.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

function runTests({ files, concurrency }) {
  child = spawn(
    process.execPath,
    ['--test', `--test-concurrency=${concurrency}`, `--test-timeout=${FILE_TIMEOUT_MS}`, '--test-reporter=spec',
      ...files.map((name) => join(TESTS_DIR, name))],
    { env, stdio: 'inherit' },
  );
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

let failed = false;
try {
  await loadFixtures({ baseUrl: env.E2E_BASE_URL, dataDir: env.E2E_DATA_DIR, jar: runnerJar() });
  for (const phase of phases) {
    console.log(`\n--- ${phase.files.join(', ')}`);
    if ((await runTests(phase)) !== 0) failed = true;
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  if (runner) {
    const exit = await runner.stop();
    console.log(`runner stopped (${JSON.stringify(exit)})`);
  }
}
console.log(`e2e ${failed ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
