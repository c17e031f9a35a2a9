// A department's way in: a key from the CLI, a snapshot over HTTP (with a hostile, Vietnamese note), a render,
// and its figures on the province page with their qualifiers in each language; then a correction, which
// becomes the current value while the first one stays in the revision history.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { browserForTests, normaliseSpaces, openContext, problemsOf, watch } from '../lib/browser.mjs';
import { baseUrl, createKey, renderNow } from '../lib/runner.mjs';

const BASE = baseUrl();
const PROVINCE = 'hue';
const PERIOD = '2026';
const NOTE = 'Số liệu sơ bộ của Sở Khoa học và Công nghệ <script>alert("xss")</script> – đã đối chiếu';
const SOURCE = { title: 'Báo cáo số 12/BC-SKHCN về chuyển đổi số', url: 'https://skhcn.hue.gov.vn/bao-cao-12' };

const FIRST = { indicator: 'online-public-services-share', value: 87.5, qualifier: 'above', note: NOTE };
const STATIONS = { indicator: 'mobile-base-stations', value: 12345, qualifier: 'approximately' };
const CORRECTION = { indicator: 'online-public-services-share', value: 88.25, qualifier: 'above' };

// How the page must write them (issue 5: vi "99,51 %", "9.800"; en "99.51%", "9,800"; "> 80 %", "≈ 9.800"),
// as seen and as read out (the symbol's words for screen readers).
const EXPECTED = {
  vi: { firstSeen: '> 87,5 %', stationsSeen: '≈ 12.345', first: 'trên 87,5 %', stations: 'khoảng 12.345', corrected: 'trên 88,25 %', firstNumber: '87,5', correctedNumber: '88,25', revised: 'Đã điều chỉnh' },
  en: { firstSeen: '> 87.5%', stationsSeen: '≈ 12,345', first: 'above 87.5%', stations: 'approximately 12,345', corrected: 'above 88.25%', firstNumber: '87.5', correctedNumber: '88.25', revised: 'Revised' },
};

const browser = browserForTests();

async function submit(secret, values) {
  const response = await fetch(`${BASE}/v1/snapshots`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ province: PROVINCE, period: PERIOD, source: SOURCE, values }),
  });
  const body = await response.text();
  assert.equal(response.status, 201, `POST /v1/snapshots answered ${response.status}: ${body}`);
  return JSON.parse(body);
}

async function provincePage(lang) {
  const context = await openContext(await browser(), BASE);
  const page = await context.newPage();
  const watcher = watch(page);
  const response = await page.goto(`${BASE}/${lang}/provinces/${PROVINCE}/`);
  assert.equal(response.status(), 200);
  return {
    page,
    visibleText: normaliseSpaces(await page.innerText('main')),
    fullText: normaliseSpaces(await page.evaluate(() => document.querySelector('main').textContent)),
    problems: () => problemsOf(page, watcher),
    close: () => context.close(),
  };
}

describe(`a department of ${PROVINCE} submitting with a key from the CLI`, () => {
  let secret;

  before(async () => {
    ({ secret } = createKey({ province: PROVINCE }));
  });

  it('gets a secret alone on stdout that the API accepts, and a rejection without it', async () => {
    assert.match(secret, /^\S{20,}$/);
    const anonymous = await fetch(`${BASE}/v1/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ province: PROVINCE, period: PERIOD, source: SOURCE, values: [FIRST] }),
    });
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('content-type'), /^application\/problem\+json/);
  });

  it('sees its figures with their qualifiers, formatted per language, and its note as plain text', async () => {
    await submit(secret, [FIRST, STATIONS]);
    await renderNow(BASE);
    for (const lang of ['vi', 'en']) {
      const view = await provincePage(lang);
      try {
        for (const key of ['firstSeen', 'stationsSeen', 'first', 'stations']) {
          assert.ok(view.visibleText.includes(EXPECTED[lang][key]), `${lang}: shows "${EXPECTED[lang][key]}"`);
        }
        assert.ok(view.fullText.includes(normaliseSpaces(NOTE)), `${lang}: the note reads as written, markup and all`);
        assert.equal(await view.page.locator('main script').count(), 0, 'the note never becomes a script');
        assert.deepEqual(await view.problems(), [], 'no alert, no console error, no CSP violation');
      } finally {
        await view.close();
      }
    }
  });

  it('corrects a figure: the new value is current, the first stays in the revision history', async () => {
    await submit(secret, [CORRECTION]);
    await renderNow(BASE);
    for (const lang of ['vi', 'en']) {
      const view = await provincePage(lang);
      try {
        const expected = EXPECTED[lang];
        assert.ok(view.visibleText.includes(expected.corrected), `${lang}: shows "${expected.corrected}"`);
        assert.ok(view.fullText.includes(expected.revised), `${lang}: marks the figure "${expected.revised}"`);
        const histories = await view.page.locator('main table').evaluateAll(
          (tables, numbers) => tables.filter((table) => numbers.every((n) => table.textContent.includes(n))).length,
          [expected.firstNumber, expected.correctedNumber],
        );
        assert.ok(histories > 0, `${lang}: a table lists both ${expected.firstNumber} and ${expected.correctedNumber}`);
        assert.deepEqual(await view.problems(), []);
      } finally {
        await view.close();
      }
    }
    const json = await (await fetch(`${BASE}/data/v1/provinces/${PROVINCE}.json`)).text();
    const series = JSON.parse(json).series.find((s) => s.indicator === CORRECTION.indicator && s.kind === 'actual');
    const point = series.points.find((p) => p.period === PERIOD);
    assert.match(json, /"value"\s*:\s*88\.25\b/);
    assert.equal(point.value, 88.25);
    assert.deepEqual(point.earlier.map((earlier) => earlier.value).slice(-1), [87.5]);
  });
});
