// Every page type of one language as a person sees it in a real browser: accessible, quiet (no console error,
// no CSP violation, no other host), usable by keyboard, on a phone, and without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seriousAccessibilityViolations } from './axe.mjs';
import { DESKTOP, MOBILE, browserForTests, normaliseSpaces, openContext, problemsOf, watch } from './browser.mjs';
import { tabThrough } from './keyboard.mjs';
import { baseUrl } from './runner.mjs';
import { OTHER_LANG, pageTypes } from './site.mjs';

const mainText = (page) => page.evaluate(() => document.querySelector('main')?.textContent ?? '');

// Chromium reports a document answered with 404 as a console error; for the 404 page that is the point.
const expectedProblem = (spec) => (line) =>
  spec.status === 404 && line.startsWith('console error: Failed to load resource: the server responded with a status of 404')
  && line.endsWith(`${spec.path})`);

export function checkEveryPageType(lang) {
  const BASE = baseUrl();
  const browser = browserForTests();

  async function load(path, options) {
    const context = await openContext(await browser(), BASE, options);
    const page = await context.newPage();
    const watcher = watch(page);
    const response = await page.goto(BASE + path, { waitUntil: 'load' });
    return { context, page, watcher, response };
  }

  for (const spec of pageTypes(lang)) {
    const problems = async ({ page, watcher }) => (await problemsOf(page, watcher)).filter((line) => !expectedProblem(spec)(line));
    describe(`${spec.type} page in ${lang} (${spec.path})`, () => {
      let desktop;
      let desktopText;

      before(async () => {
        desktop = await load(spec.path, { viewport: DESKTOP });
        desktopText = normaliseSpaces(await mainText(desktop.page));
      });
      after(async () => desktop?.context.close());

      it(`answers ${spec.status} under a strict CSP, says lang="${lang}" and has one main landmark with a heading`, async () => {
        const { page, response } = desktop;
        assert.equal(response.status(), spec.status);
        assert.match(response.headers()['content-type'], /^text\/html;\s*charset=utf-8$/i);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const policy = response.headers()['content-security-policy'] ?? '';
        const scripts = policy.match(/script-src[^;]*/)?.[0] ?? policy.match(/default-src[^;]*/)?.[0];
        assert.ok(scripts, `a Content-Security-Policy that governs scripts, not "${policy}"`);
        assert.doesNotMatch(scripts, /unsafe-inline|unsafe-eval/);
        assert.equal(await page.locator('main').count(), 1);
        assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
        assert.notEqual(normaliseSpaces(await page.locator('h1').innerText()), '');
      });

      if (spec.twin) {
        it(`links its ${OTHER_LANG[lang]} twin (hreflang link and alternate)`, async () => {
          const { page } = desktop;
          const other = OTHER_LANG[lang];
          const twinPath = spec.path.replace(`/${lang}/`, `/${other}/`);
          const twin = page.locator(`header a[hreflang="${other}"]`);
          assert.equal(await twin.count(), 1, `one language link to ${other} in the header`);
          assert.equal(await twin.getAttribute('href'), twinPath);
          assert.equal(await twin.getAttribute('lang'), other, 'the language name is marked in its own language');
          const alternate = page.locator(`head link[rel="alternate"][hreflang="${other}"]`);
          assert.equal(new URL(await alternate.getAttribute('href')).pathname, twinPath);
        });
      }

      it('has no serious or critical accessibility violation (axe-core)', async () => {
        assert.deepEqual(await seriousAccessibilityViolations(desktop.page), []);
      });

      it('logs no console error, violates no CSP and requests no other host', async () => {
        assert.deepEqual(await problems(desktop), []);
      });

      it('lets the keyboard reach every link: the skip link first, focus always visible', async () => {
        const { page } = desktop;
        const { links, stops } = await tabThrough(page);
        assert.ok(stops.length > 0, 'Tab focuses something');
        assert.equal(stops[0].href, '#main', `the first Tab stop is the skip link, not ${JSON.stringify(stops[0])}`);
        const unseen = stops.filter((stop) => !stop.focusVisible || !stop.indicated || !stop.onScreen);
        assert.deepEqual(unseen, [], 'every focused element shows a focus indicator on screen');
        const reached = new Set(stops.map((stop) => stop.link).filter((link) => link !== null));
        const missed = links.filter((_, index) => !reached.has(String(index)));
        assert.deepEqual(missed, [], 'links Tab never reached');
        // The skip link works: Enter moves focus to the main content.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator('a[href="#main"]').first().focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      });

      it('fits a 360 × 740 screen without horizontal scrolling', async () => {
        const mobile = await load(spec.path, { viewport: MOBILE });
        try {
          const overflow = await mobile.page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            // What widens the page: past the right edge and not clipped by a scrolling box (absolutely
            // positioned content escapes a box that is not its containing block, so it counts too).
            const overflows = (element) => element.getBoundingClientRect().right > width + 0.5;
            const clipped = (element) => {
              for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
                if (getComputedStyle(box).overflowX !== 'visible') return true;
              }
              return false;
            };
            const widens = (element) => overflows(element)
              && (!clipped(element) || ['absolute', 'fixed'].includes(getComputedStyle(element).position));
            const wide = [...document.querySelectorAll('body *')]
              .filter((element) => widens(element) && !widens(element.parentElement))
              .slice(0, 5)
              .map((element) => `${element.tagName.toLowerCase()}.${element.className} right=${Math.round(element.getBoundingClientRect().right)}`);
            return { scrollWidth: document.documentElement.scrollWidth, width, wide };
          });
          assert.ok(overflow.scrollWidth <= overflow.width,
            `page is ${overflow.scrollWidth}px wide on a ${overflow.width}px screen; widest: ${overflow.wide.join(', ')}`);
          assert.deepEqual(await problems(mobile), []);
        } finally {
          await mobile.context.close();
        }
      });

      it('shows the same content with JavaScript disabled', async () => {
        const noScript = await load(spec.path, { viewport: DESKTOP, javaScriptEnabled: false });
        try {
          assert.equal(noScript.response.status(), spec.status);
          assert.ok(desktopText.length > 0, 'the page has content in <main>');
          assert.equal(normaliseSpaces(await mainText(noScript.page)), desktopText);
        } finally {
          await noScript.context.close();
        }
      });
    });
  }
}
