// Starts the local runner (the same handler classes as in AWS, with its emulators) the way a developer does,
// on a free loopback port with a fresh data directory, and stops its whole process group afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const E2E_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const REPOSITORY_DIR = resolve(E2E_DIR, '..');
export const ARTIFACTS_DIR = join(E2E_DIR, 'artifacts');

export const DEFAULT_JAR = join(REPOSITORY_DIR, 'local/runner/target/portal-local.jar');

const STARTUP_TIMEOUT_MS = 120_000;
const RENDER_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 10_000;

export function runnerJar() {
  return resolve(process.env.E2E_RUNNER_JAR || DEFAULT_JAR);
}

export function freeLoopbackPort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// /healthz answers 503 {"status":"starting"} while the demo data is being submitted and the first render runs, and
// 200 {"status":"ok"} once both are done (LocalRunner, Health), so a 200 means a complete portal.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function get(url) {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Renders now and returns when the render has finished (the runner answers only then). */
export async function renderNow(baseUrl) {
  const response = await fetch(`${baseUrl}/_local/render`, {
    method: 'POST',
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`POST /_local/render answered ${response.status}: ${body.slice(0, 500)}`);
  }
  return body;
}

/**
 * Starts `java -jar portal-local.jar run --port N --data DIR --demo` in its own process group, waits until its
 * start-up is over (demo data loaded and rendered) and returns a handle whose stop() ends the group.
 */
export async function startRunner({ jar = runnerJar(), demo = true, logFile = join(ARTIFACTS_DIR, 'runner.log') } = {}) {
  if (!existsSync(jar)) {
    throw new Error(`runner jar not found: ${jar} (build it with: mvn -B -pl local/runner -am package -DskipTests, or set E2E_RUNNER_JAR)`);
  }
  const port = await freeLoopbackPort();
  const dataDir = mkdtempSync(join(tmpdir(), 'r57-e2e-'));
  // The tests render when they need to; the timer only has to stay out of the browser's way.
  const args = ['-jar', jar, 'run', '--port', String(port), '--data', dataDir, '--render-every', '10m'];
  if (demo) args.push('--demo');
  const log = openSync(logFile, 'w');
  const child = spawn('java', args, { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = null;
  const exit = new Promise((r) => child.once('exit', (code, signal) => { exited = { code, signal }; r(exited); }));
  const killGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* already gone */ }
  };
  // A crashed or interrupted test run must not leave a JVM behind.
  const onExit = () => { if (!exited) killGroup('SIGKILL'); };
  process.on('exit', onExit);

  const baseUrl = `http://127.0.0.1:${port}`;
  const runner = {
    baseUrl,
    port,
    dataDir,
    jar,
    logFile,
    async stop() {
      if (!exited) {
        killGroup('SIGTERM');
        const stopped = await Promise.race([exit, sleep(STOP_GRACE_MS).then(() => null)]);
        if (!stopped) {
          killGroup('SIGKILL');
          await exit;
        }
      }
      process.off('exit', onExit);
      if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
      return exited;
    },
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while ((await get(`${baseUrl}/healthz`)) !== 200) {
    if (exited) {
      await runner.stop();
      throw new Error(`runner exited (${JSON.stringify(exited)}) before /healthz answered; log:\n${tail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await runner.stop();
      throw new Error(`runner not healthy after ${STARTUP_TIMEOUT_MS} ms; log:\n${tail(logFile)}`);
    }
    await sleep(250);
  }
  return runner;
}

/** The keys CLI, as a department's IT person runs it: the secret alone on stdout. */
export function createKey({ province, jar = runnerJar(), dataDir = process.env.E2E_DATA_DIR, baseUrl = process.env.E2E_BASE_URL }) {
  const args = ['-jar', jar, 'keys', 'create', '--province', province];
  if (dataDir) args.push('--data', dataDir);
  const result = spawnSync('java', args, { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORTAL_URL: baseUrl } });
  if (result.status !== 0) {
    throw new Error(`keys create --province ${province} exited ${result.status}: ${result.stderr}`);
  }
  const lines = result.stdout.split('\n').filter((line) => line.length > 0);
  if (lines.length !== 1) {
    throw new Error(`keys create printed ${lines.length} lines on stdout, expected the secret alone: ${JSON.stringify(result.stdout)}`);
  }
  return { secret: lines[0], explanation: result.stderr };
}

export function baseUrl() {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the suite with `npm test` (it starts the runner)');
  return url.replace(/\/$/, '');
}
