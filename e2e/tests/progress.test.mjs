// "Is my province on track for 2030?": a department reports 50 % (2024) and 55 % (2025) of online public service
// use; the national target is 80 % by 2030. Growing 10 % a year where 8.15 % is needed, the province is on track:
// the progress page counts it, its page says so in words and symbol with the reason, its chart draws the required
// path to the target point and says the status in its text alternative, and the indicator page lists it first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seriousAccessibilityViolations } from '../lib/axe.mjs';
import { browserForTests, normaliseSpaces, openContext, problemsOf, watch } from '../lib/browser.mjs';
import { parseCsv } from '../lib/csv.mjs';
import { baseUrl, createKey, renderNow } from '../lib/runner.mjs';

const BASE = baseUrl();
const PROVINCE = 'lang-son';
const INDICATOR = 'online-public-services-usage';
const SOURCE = { title: 'Báo cáo chuyển đổi số tỉnh Lạng Sơn', url: 'https://langson.gov.vn/bao-cao-cds' };

const EXPECTED = {
  vi: { nav: 'Đúng lộ trình?', status: 'Đúng lộ trình', reason: 'cần +8,15 %/năm, thực tế +10,00 %/năm' },
  en: { nav: 'On track?', status: 'On track', reason: 'needs +8.15%/year, observed +10.00%/year' },
};

const browser = browserForTests();

async function submit(secret, period, value) {
  const response = await fetch(`${BASE}/v1/snapshots`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ province: PROVINCE, period, source: SOURCE, values: [{ indicator: INDICATOR, value }] }),
  });
  assert.equal(response.status, 201, `POST /v1/snapshots answered ${response.status}: ${await response.text()}`);
}

async function open(path, options) {
  const context = await openContext(await browser(), BASE, options);
  const page = await context.newPage();
  const watcher = watch(page);
  const response = await page.goto(BASE + path, { waitUntil: 'load' });
  assert.equal(response.status(), 200, path);
  return { context, page, problems: () => problemsOf(page, watcher) };
}

describe(`a province growing fast enough towards a national target (${PROVINCE})`, () => {
  before(async () => {
    const { secret } = createKey({ province: PROVINCE });
    await submit(secret, '2024', 50);
    await submit(secret, '2025', 55);
    await renderNow(BASE);
  });

  for (const lang of ['vi', 'en']) {
    describe(`in ${lang}`, () => {
      const expected = EXPECTED[lang];
      let views = [];
      after(async () => Promise.all(views.map((view) => view.context.close())));

      it('reaches the progress page from the main navigation, where the province is counted as on track', async () => {
        const view = await open(`/${lang}/`);
        views.push(view);
        const link = view.page.locator('nav.site-nav a', { hasText: expected.nav });
        await Promise.all([view.page.waitForURL(`${BASE}/${lang}/progress/`), link.click()]);
        const row = view.page.locator(`table.progress-summary tr:has(a[href*="/indicators/${INDICATOR}/"])`);
        assert.equal(await row.count(), 1);
        const headers = await row.locator('xpath=ancestor::table[1]').locator('thead th').allInnerTexts();
        const cells = await row.locator('th, td').allInnerTexts();
        const onTrack = headers.findIndex((text) => normaliseSpaces(text).endsWith(expected.status));
        assert.ok(onTrack > 0, `a column for "${expected.status}" among ${JSON.stringify(headers)}`);
        assert.equal(cells[onTrack].trim(), '1');
        assert.deepEqual(await seriousAccessibilityViolations(view.page), []);
        assert.deepEqual(await view.problems(), []);
      });

      it('says on the province page, in words with a symbol hidden from screen readers, why it is on track', async () => {
        const view = await open(`/${lang}/provinces/${PROVINCE}/`);
        views.push(view);
        const row = view.page.locator(`#progress-heading ~ div table tr:has(a[href*="/indicators/${INDICATOR}/"])`).first();
        const text = normaliseSpaces(await row.innerText());
        assert.ok(text.includes(expected.status), `"${expected.status}" in "${text}"`);
        assert.ok(text.includes(expected.reason), `"${expected.reason}" in "${text}"`);
        assert.equal(await row.locator('.progress-status [aria-hidden="true"]').innerText(), '▲');
        assert.deepEqual(await seriousAccessibilityViolations(view.page), []);
        assert.deepEqual(await view.problems(), []);
      });

      it('draws the required path to the target point on the chart and says the status in its text alternative', async () => {
        const view = await open(`/${lang}/provinces/${PROVINCE}/`);
        views.push(view);
        const chart = view.page.locator(`svg.line-chart[aria-labelledby^="chart-${INDICATOR}-title"]`);
        assert.equal(await chart.locator('path.required-path').count(), 1);
        assert.equal(await chart.locator('g.point-target').count(), 1, 'the 2030 target point');
        const desc = normaliseSpaces(await chart.locator('desc').textContent());
        assert.ok(desc.includes(`${expected.status}; ${expected.reason}`), desc);
        const box = await chart.locator('path.required-path').boundingBox();
        assert.ok(box && box.width > 100, 'the path is drawn across the chart');
      });

      it('lists the province first on the indicator page, with the count per status, and by name on request', async () => {
        const view = await open(`/${lang}/indicators/${INDICATOR}/`);
        views.push(view);
        const first = view.page.locator('#progress-by-status tbody tr').first();
        assert.ok(normaliseSpaces(await first.innerText()).includes(expected.status));
        assert.equal(await first.locator(`a[href*="/provinces/${PROVINCE}/"]`).count(), 1);
        const counts = normaliseSpaces(await view.page.locator('ul.progress-counts').innerText());
        assert.ok(counts.includes(`${expected.status}: 1`), counts);
        assert.deepEqual(await seriousAccessibilityViolations(view.page), []);
        // The other order, without JavaScript: the link's target swaps the tables.
        assert.equal(await view.page.locator('#progress-by-name').isVisible(), false);
        await view.page.locator('a[href="#progress-by-name"]').click();
        assert.equal(await view.page.locator('#progress-by-status').isVisible(), false);
        const firstByName = view.page.locator('#progress-by-name tbody tr').first();
        assert.equal(await firstByName.locator('a[href*="/provinces/an-giang/"]').count(), 1, 'An Giang first by name');
      });

      it('shows the same statuses without JavaScript', async () => {
        const view = await open(`/${lang}/provinces/${PROVINCE}/`, { javaScriptEnabled: false });
        views.push(view);
        const text = normaliseSpaces(await view.page.locator('#progress-heading ~ div table').innerText());
        assert.ok(text.includes(expected.reason));
      });
    });
  }

  it('publishes the same status in progress.csv and the province file', async () => {
    const rows = parseCsv(await (await fetch(`${BASE}/data/v1/progress.csv`)).text());
    const row = rows.find((r) => r.province === PROVINCE && r.indicator === INDICATOR && r.target_source === 'national');
    assert.deepEqual(
      [row.status, row.base_value, row.current_value, row.observed_rate, row.required_rate, row.ratio, row.projection_value],
      ['on-track', '50', '55', '10.00', '8.15', '1.227', '88.58'],
    );
    const json = await (await fetch(`${BASE}/data/v1/provinces/${PROVINCE}.json`)).json();
    const progress = json.progress.find((p) => p.indicator === INDICATOR && p.target.source === 'national');
    assert.equal(progress.status, 'on-track');
    assert.equal(progress.requiredPath.length, 7, '2024 to 2030');
  });
});
