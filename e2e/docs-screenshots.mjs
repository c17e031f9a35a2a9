// `npm run screenshots`: the small pictures under docs/screenshots/ that the README shows, taken from a runner
// that is already up (E2E_BASE_URL, demo data only): one part of a page, JPEG quality 70.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openContext } from './lib/browser.mjs';
import { REPOSITORY_DIR, baseUrl } from './lib/runner.mjs';

const SHOTS = [
  { file: 'overview-map-vi.jpg', path: '/vi/', part: 'section[aria-labelledby="map-heading"] figure', viewport: { width: 960, height: 900 } },
  { file: 'province-figures-en.jpg', path: '/en/provinces/thanh-hoa/', part: 'section[aria-labelledby="figures-heading"]', maxHeight: 680, viewport: { width: 960, height: 900 } },
  // On a phone: the screen a reader sees once scrolled to the figures.
  { file: 'province-figures-vi-mobile.jpg', path: '/vi/provinces/thanh-hoa/', scrollTo: '#figures-heading', viewport: { width: 360, height: 740 } },
];
const MAX_BYTES = 80 * 1024;

const base = baseUrl();
const out = join(REPOSITORY_DIR, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const context = await openContext(browser, base, { viewport: shot.viewport });
    const page = await context.newPage();
    await page.goto(base + shot.path);
    const path = join(out, shot.file);
    if (shot.part) {
      const part = page.locator(shot.part).first();
      if (shot.maxHeight) {
        // The top of the part: scrolled to the top of the screen, cut below maxHeight (less than the screen).
        await part.evaluate((element) => element.scrollIntoView());
        const box = await part.boundingBox();
        await page.screenshot({ path, type: 'jpeg', quality: 70, clip: { ...box, height: Math.min(box.height, shot.maxHeight) } });
      } else {
        await part.screenshot({ path, type: 'jpeg', quality: 70 });
      }
    } else {
      await page.locator(shot.scrollTo).evaluate((element) => element.scrollIntoView());
      await page.screenshot({ path, type: 'jpeg', quality: 70 });
    }
    const bytes = statSync(path).size;
    console.log(`${shot.file}: ${Math.round(bytes / 1024)} KB`);
    if (bytes > MAX_BYTES) throw new Error(`${shot.file} is over ${MAX_BYTES / 1024} KB`);
    await context.close();
  }
} finally {
  await browser.close();
}
