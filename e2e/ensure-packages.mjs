// Runs `npm ci` when node_modules is missing or was installed from another package-lock.json, so a build
// on a machine that already has the packages goes straight to the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const MINIMUM_NODE = 20; // playwright-core 1.65 needs Node 20

const major = Number(process.versions.node.split('.')[0]);
if (major < MINIMUM_NODE) {
  console.error(`e2e: Node ${MINIMUM_NODE} or newer is needed, this is ${process.version}`);
  process.exit(1);
}

const installedVersions = (lock) =>
  JSON.stringify(
    Object.entries(JSON.parse(readFileSync(lock, 'utf8')).packages ?? {})
      .filter(([path]) => path.startsWith('node_modules/'))
      .map(([path, entry]) => [path, entry.version, entry.integrity ?? ''])
      .sort(),
  );

const hidden = 'node_modules/.package-lock.json';
if (existsSync(hidden) && installedVersions(hidden) === installedVersions('package-lock.json')) {
  console.log('e2e: node_modules matches package-lock.json');
  process.exit(0);
}
console.log('e2e: npm ci');
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(npm.status ?? 1);
