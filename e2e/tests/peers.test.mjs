// Units among their peers in a real browser: a region page, a unit's "compared with the region" section, and the
// compare page with and without JavaScript (the choice in the address, restored from a shared link, made by
// keyboard alone, readable at 320 px, without serious accessibility violations).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seriousAccessibilityViolations } from '../lib/axe.mjs';
import { browserForTests, normaliseSpaces, openContext, problemsOf, watch } from '../lib/browser.mjs';
import { HANOI_ON_TIME, HANOI_SHOWN } from '../lib/fixtures.mjs';
import { baseUrl } from '../lib/runner.mjs';
import { ON_TIME, REGION_2025, SHOWN, THANH_HOA } from '../lib/site.mjs';

const BASE = baseUrl();
const browser = browserForTests();
const NARROW = { width: 320, height: 640 };
// 2025 on-time processing: Thanh Hoa 99.51 and Hanoi 98.70 are the only values, so the nation's median is their
// exact mean, 99.105, and Thanh Hoa is alone in its 2025 region.
const NATIONAL_MEDIAN = { vi: '99,105 %', en: '99.105%' };

async function open(path, options = {}) {
  const context = await openContext(await browser(), BASE, options);
  const page = await context.newPage();
  const watcher = watch(page);
  const response = await page.goto(BASE + path, { waitUntil: 'load' });
  return { context, page, watcher, response };
}

const text = async (locator) => normaliseSpaces(await locator.innerText());

async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function waitForComparison(page) {
  await page.locator('#compare-result table').first().waitFor();
}

describe('a region page', () => {
  it('lists the region\'s units on the map and gives each indicator its reporting count, median and ranks', async () => {
    const { context, page, watcher, response } = await open(`/vi/regions/${REGION_2025}/`);
    try {
      assert.equal(response.status(), 200);
      assert.equal(await text(page.locator('h1')), 'Bắc Trung Bộ');
      assert.equal(await page.locator('figure.map svg').count(), 1, 'the region on the tile map');
      const units = await page.locator('ul.unit-list a').allInnerTexts();
      assert.deepEqual(units, ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế']);
      const row = page.locator('tr', { has: page.locator(`a[href="#indicator-${ON_TIME}"]`) });
      assert.deepEqual((await row.locator('td').allInnerTexts()).map(normaliseSpaces),
        ['Năm 2025', '1/5', SHOWN.vi, SHOWN.vi, SHOWN.vi], 'period, reporting, median, lowest, highest');
      const ranks = page.locator(`h3#indicator-${ON_TIME} + .table-wrap tbody tr`);
      assert.equal(await text(ranks.first()), `1 Thanh Hóa ${SHOWN.vi}`);
      assert.match(await text(ranks.nth(1)), /chưa báo cáo$/, 'a unit without a value is listed, not ranked');
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      assert.deepEqual(await problemsOf(page, watcher), []);
    } finally {
      await context.close();
    }
  });
});

describe('a unit page compared with its region', () => {
  for (const lang of ['vi', 'en']) {
    it(`puts Thanh Hoa's latest value beside the median of its region and the nation, with its rank (${lang})`, async () => {
      const { context, page } = await open(`/${lang}/provinces/${THANH_HOA}/`);
      try {
        const section = page.locator('section[aria-labelledby="peers-heading"]');
        const row = section.locator('tbody tr', { has: page.locator(`a[href="/${lang}/indicators/${ON_TIME}/"]`) });
        const cells = (await row.locator('td').allInnerTexts()).map(normaliseSpaces);
        assert.equal(cells[0], lang === 'vi' ? 'Năm 2025' : '2025');
        assert.equal(cells[1], SHOWN[lang]);
        assert.equal(cells[2], `${SHOWN[lang]} (${lang === 'vi' ? '1/5' : '1 of 5'})`);
        assert.equal(cells[3], `${NATIONAL_MEDIAN[lang]} (${lang === 'vi' ? '2/34' : '2 of 34'})`);
        assert.equal(cells[4], lang === 'vi' ? '1/1' : '1 of 1');
        const regionLink = section.locator(`a[href="/${lang}/regions/${REGION_2025}/"]`);
        assert.equal(await regionLink.count(), 1);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the compare page', () => {
  it('without JavaScript sets each region\'s units side by side and hides the picker that needs the script', async () => {
    const { context, page } = await open('/vi/compare/', { javaScriptEnabled: false });
    try {
      assert.equal(await page.locator('#compare-form').isVisible(), false);
      assert.equal(await page.locator('table.compare-table').count() > 6, true);
      const table = page.locator('table.compare-table', { has: page.locator(`caption#table-${REGION_2025}-digital-government`) });
      const head = (await table.locator('thead th').allInnerTexts()).map(normaliseSpaces);
      assert.deepEqual(head.slice(1), ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế']);
      const row = table.locator('tbody tr', { has: page.locator(`a[href="/vi/indicators/${ON_TIME}/"]`) });
      assert.equal(normaliseSpaces(await row.locator('td').first().innerText()), `${SHOWN.vi} (2025)`);
    } finally {
      await context.close();
    }
  });

  it('restores a shared choice from the address: tables, one line per unit told apart by marker and pattern', async () => {
    const { context, page, watcher } = await open(`/en/compare/?units=${THANH_HOA},${HANOI_ON_TIME.province}`);
    try {
      await waitForComparison(page);
      assert.equal(await page.locator(`input[value="${THANH_HOA}"]`).isChecked(), true);
      assert.equal(await page.locator(`input[value="${HANOI_ON_TIME.province}"]`).isChecked(), true);
      assert.equal(await page.locator('input[name="unit"]:checked').count(), 2);
      const table = page.locator('#compare-result table').filter({ hasText: 'Digital government' }).first();
      const head = (await table.locator('thead th').allInnerTexts()).map(normaliseSpaces);
      assert.deepEqual(head, ['Indicator', 'Thanh Hoa', 'Hanoi']);
      const row = table.locator('tbody tr').filter({ hasText: 'processed on time' });
      const cells = (await row.locator('td').allInnerTexts()).map(normaliseSpaces);
      assert.deepEqual(cells, [`${SHOWN.en} (2025)`, `${HANOI_SHOWN.en} (2025)`], 'exact decimals, 98.70 keeps its zero');
      const chart = page.locator('#compare-result figure', { hasText: 'processed on time' }).first();
      const lines = await chart.locator('svg.compare-chart polyline, svg.compare-chart circle, svg.compare-chart polygon').count();
      assert.ok(lines >= 2, 'a marker per unit and period');
      const legend = (await chart.locator('.compare-legend li').allInnerTexts()).map(normaliseSpaces);
      assert.deepEqual(legend, ['Thanh Hoa', 'Hanoi']);
      const shapes = await chart.locator('.compare-legend svg').evaluateAll((samples) => samples.map((sample) =>
        `${sample.querySelector('line').getAttribute('stroke-dasharray')} ${sample.lastElementChild.tagName}`));
      assert.equal(new Set(shapes).size, 2, `each unit has its own line pattern and marker: ${shapes}`);
      assert.match(await page.locator('#compare-status').innerText(), /Thanh Hoa, Hanoi/);
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      assert.deepEqual(await problemsOf(page, watcher), []);
    } finally {
      await context.close();
    }
  });

  it('is used by keyboard alone: the choice goes into the address and survives a reload', async () => {
    const { context, page, watcher } = await open('/vi/compare/');
    try {
      // In the order of the page (Hanoi's region comes first), Tab to each checkbox and tick it with the space bar,
      // then submit with Enter on the button.
      const wanted = [HANOI_ON_TIME.province, THANH_HOA, 'hue'];
      for (const id of wanted) {
        let guard = 0;
        while (await page.evaluate(() => document.activeElement?.value ?? null) !== id) {
          await page.keyboard.press('Tab');
          guard += 1;
          assert.ok(guard < 400, `Tab never reached the checkbox of ${id}`);
        }
        assert.equal(await page.evaluate(() => document.activeElement.matches(':focus-visible')), true);
        await page.keyboard.press('Space');
      }
      let guard = 0;
      while (await page.evaluate(() => document.activeElement?.tagName) !== 'BUTTON') {
        await page.keyboard.press('Tab');
        guard += 1;
        assert.ok(guard < 400, 'Tab never reached the submit button');
      }
      await page.keyboard.press('Enter');
      await waitForComparison(page);
      assert.equal(new URL(page.url()).search, `?units=${wanted.join(',')}`);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'compare-result-heading',
        'focus moves to the result');
      await page.reload({ waitUntil: 'load' });
      await waitForComparison(page);
      const head = (await page.locator('#compare-result table').first().locator('thead th').allInnerTexts())
        .map(normaliseSpaces);
      assert.deepEqual(head, ['Chỉ tiêu', 'Hà Nội', 'Thanh Hóa', 'Huế']);
      await page.goBack({ waitUntil: 'load' });
      assert.deepEqual(await problemsOf(page, watcher), []);
    } finally {
      await context.close();
    }
  });

  it('says what is wrong with a choice of one unit or an unknown one, and shows nothing half-done', async () => {
    const { context, page } = await open(`/en/compare/?units=${THANH_HOA},atlantis`);
    try {
      assert.equal(normaliseSpaces(await page.locator('#compare-status').innerText()),
        'The address names a province or city that does not exist: atlantis');
      await page.locator('input[name="unit"]:checked').uncheck();
      await page.locator(`input[value="${THANH_HOA}"]`).check();
      await page.locator('#compare-form button').click();
      assert.equal(normaliseSpaces(await page.locator('#compare-status').innerText()),
        'Choose at least two provinces or cities.');
      assert.equal(await page.locator('#compare-result table').count(), 0);
    } finally {
      await context.close();
    }
  });

  for (const path of [`/vi/compare/?units=${THANH_HOA},${HANOI_ON_TIME.province},hue,ha-tinh,nghe-an,quang-tri`,
    `/en/regions/${REGION_2025}/`, `/vi/provinces/${THANH_HOA}/`]) {
    it(`fits a 320 px screen without horizontal scrolling: ${path}`, async () => {
      const { context, page, watcher } = await open(path, { viewport: NARROW });
      try {
        if (path.includes('compare')) {
          await waitForComparison(page);
        }
        assert.equal(await horizontalOverflow(page), 0);
        assert.deepEqual(await problemsOf(page, watcher), []);
      } finally {
        await context.close();
      }
    });
  }
});
