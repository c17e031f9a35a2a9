// Full-page screenshots as test artifacts (git-ignored); the README's small pictures come from
// docs-screenshots.mjs instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './runner.mjs';

const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');

export async function saveScreenshots(page, name) {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
