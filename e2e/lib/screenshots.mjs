// Screenshots as test artifacts (git-ignored): full pages as PNG, plus small JPEG viewport crops that are fit
// to be committed under docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './runner.mjs';

const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');
const CROPS_DIR = join(ARTIFACTS_DIR, 'crops');

export async function saveScreenshots(page, name) {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  mkdirSync(CROPS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(CROPS_DIR, `${name}.jpg`), type: 'jpeg', quality: 70 });
}
