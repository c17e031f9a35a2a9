// A citizen's way through the portal, starting in each language: the overview, a province from the map and
// from a list, the other language on the same province, an indicator, the ranking to another province, the
// data page, and the downloads that must hold the very figure the page showed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserForTests, normaliseSpaces, openContext, problemsOf, watch } from '../lib/browser.mjs';
import { parseCsv } from '../lib/csv.mjs';
import { HANOI_ON_TIME, HANOI_SHOWN } from '../lib/fixtures.mjs';
import { baseUrl } from '../lib/runner.mjs';
import { OTHER_LANG, ON_TIME, SHOWN, THANH_HOA, THANH_HOA_ON_TIME } from '../lib/site.mjs';

const BASE = baseUrl();
const browser = browserForTests();

const path = (page) => new URL(page.url()).pathname;

/** Clicks the link and waits for the page it leads to. */
async function follow(page, link) {
  const from = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== from), link.click()]);
  await page.waitForLoadState('load');
}

/** The first link a person can see among those matching, opening the <details> that hides it if need be. */
async function visible(page, selector) {
  const links = page.locator(selector);
  const count = await links.count();
  for (let i = 0; i < count; i += 1) {
    if (await links.nth(i).isVisible()) return links.nth(i);
  }
  for (let i = 0; i < count; i += 1) {
    const summary = links.nth(i).locator('xpath=ancestor::details[1]/summary');
    if ((await summary.count()) === 1) {
      await summary.click();
      if (await links.nth(i).isVisible()) return links.nth(i);
    }
  }
  assert.fail(`no visible link matches ${selector} on ${page.url()}`);
}

function containsValue(json, { period, value }) {
  if (Array.isArray(json)) return json.some((item) => containsValue(item, { period, value }));
  if (json && typeof json === 'object') {
    if (json.period === period && json.value === Number(value)) return true;
    return Object.values(json).some((item) => containsValue(item, { period, value }));
  }
  return false;
}

for (const [start, entry] of [['vi', '/'], ['en', '/en/']]) {
  const other = OTHER_LANG[start];

  describe(`a citizen starting in ${start} at ${entry}`, () => {
    it('finds a province by map and by list, switches language, follows an indicator and its ranking, and downloads the data shown', async () => {
      const context = await openContext(await browser(), BASE);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const watcher = watch(page);
      try {
        await page.goto(BASE + entry);
        assert.equal(path(page), `/${start}/`, `${entry} leads to the ${start} overview`);
        assert.equal(await page.getAttribute('html', 'lang'), start);

        // The map: a tile of the server-rendered SVG is a link to its province.
        const tile = await visible(page, `main svg a[href="/${start}/provinces/${THANH_HOA}/"]`);
        await follow(page, tile);
        assert.equal(path(page), `/${start}/provinces/${THANH_HOA}/`);
        assert.ok(normaliseSpaces(await page.innerText('main')).includes(SHOWN[start]),
          `the province page shows ${SHOWN[start]}`);

        // A list: the same province from an ordinary link, not a drawing.
        await page.goBack();
        assert.equal(path(page), `/${start}/`);
        const listed = await visible(page, `main a[href="/${start}/provinces/${THANH_HOA}/"]:not(svg a)`);
        await follow(page, listed);
        assert.equal(path(page), `/${start}/provinces/${THANH_HOA}/`);

        // The other language keeps the reader on the same province.
        await follow(page, page.locator(`header a[hreflang="${other}"]`));
        assert.equal(path(page), `/${other}/provinces/${THANH_HOA}/`);
        assert.equal(await page.getAttribute('html', 'lang'), other);
        assert.ok(normaliseSpaces(await page.innerText('main')).includes(SHOWN[other]),
          `the ${other} province page shows ${SHOWN[other]}`);

        // An indicator, then its ranking to another province (Hanoi, from the fixtures).
        await follow(page, await visible(page, `main a[href="/${other}/indicators/${ON_TIME}/"]`));
        assert.equal(path(page), `/${other}/indicators/${ON_TIME}/`);
        const indicatorText = normaliseSpaces(await page.innerText('main'));
        assert.ok(indicatorText.includes(SHOWN[other]), `the indicator page shows ${SHOWN[other]}`);
        const jsonHref = await (await visible(page, `main a[href$="/data/v1/indicators/${ON_TIME}.json"]`)).getAttribute('href');
        const ranked = await visible(page, `main :is(table, ol, ul) a[href="/${other}/provinces/${HANOI_ON_TIME.province}/"]`);
        await follow(page, ranked);
        assert.equal(path(page), `/${other}/provinces/${HANOI_ON_TIME.province}/`);
        assert.ok(normaliseSpaces(await page.innerText('main')).includes(HANOI_SHOWN[other]),
          `Hanoi's page shows ${HANOI_SHOWN[other]}, trailing zero and all`);

        // The data page and the downloads.
        await follow(page, page.locator(`header nav a[href="/${other}/data/"]`));
        assert.equal(path(page), `/${other}/data/`);
        const csvHref = await (await visible(page, 'main a[href$="/data/v1/observations.csv"]')).getAttribute('href');
        await visible(page, 'main a[href$="/data/v1/catalog.json"]');

        const jsonResponse = await page.request.get(new URL(jsonHref, BASE).href);
        assert.equal(jsonResponse.status(), 200);
        assert.match(jsonResponse.headers()['content-type'], /^application\/json/);
        const json = JSON.parse(await jsonResponse.text());
        assert.ok(containsValue(json, THANH_HOA_ON_TIME),
          `${jsonHref} holds ${THANH_HOA_ON_TIME.value} for period ${THANH_HOA_ON_TIME.period}`);

        const csvResponse = await page.request.get(new URL(csvHref, BASE).href);
        assert.equal(csvResponse.status(), 200);
        assert.match(csvResponse.headers()['content-type'], /^text\/csv/);
        const rows = parseCsv(await csvResponse.text());
        const row = rows.find((r) => r.province === THANH_HOA && r.indicator === ON_TIME && r.period === THANH_HOA_ON_TIME.period && r.kind === 'actual');
        assert.ok(row, `observations.csv has a row for ${THANH_HOA} ${ON_TIME} ${THANH_HOA_ON_TIME.period}`);
        assert.equal(row.value, THANH_HOA_ON_TIME.value, 'the CSV holds the figure the pages showed, digit for digit');

        assert.deepEqual(await problemsOf(page, watcher), []);
      } finally {
        await context.close();
      }
    });
  });
}
