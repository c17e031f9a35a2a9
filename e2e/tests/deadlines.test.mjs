// Reporting deadlines as a citizen and a department meet them: the status page opens on the latest period whose
// reports are due (never a year nobody owes yet), with the frequencies side by side and the day the statuses hold
// for; each unit's page says what it owes and when; and a department's key asks GET /v1/obligations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserForTests, normaliseSpaces, openContext, problemsOf, watch } from '../lib/browser.mjs';
import { baseUrl, createKey } from '../lib/runner.mjs';

const BASE = baseUrl();
const browser = browserForTests();

/** Today in Vietnam (UTC+7, no daylight saving), as the runner's clock sees it. */
function vietnamToday() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The latest year whose yearly reports are due: due on 31 March (30 in a leap year) of the next year. */
function latestDueYear() {
  const today = vietnamToday();
  const year = Number(today.slice(0, 4));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const due = `${year}-03-${leap ? '30' : '31'}`;
  return today > due ? year - 1 : year - 2;
}

const TEXT = {
  vi: { yearly: 'Báo cáo hằng năm', latest: 'Kỳ đã đến hạn gần nhất: Năm', asOf: 'Trạng thái tính đến ngày', owes: 'Thanh Hóa: báo cáo phải nộp và hạn nộp', still: 'Còn phải báo cáo' },
  en: { yearly: 'Yearly reports', latest: 'Latest period due:', asOf: 'Statuses as of', owes: 'Thanh Hoa: what it owes, and when', still: 'Still to report' },
};

async function open(path) {
  const context = await openContext(await browser(), BASE, { javaScriptEnabled: false });
  const page = await context.newPage();
  const watcher = watch(page);
  const response = await page.goto(`${BASE}${path}`);
  assert.equal(response.status(), 200, path);
  return { page, text: async () => normaliseSpaces(await page.innerText('main')), problems: () => problemsOf(page, watcher), close: () => context.close() };
}

for (const lang of ['vi', 'en']) {
  describe(`reporting deadlines in ${lang}`, () => {
    it('the status page opens on the latest due year, states its "as of" day and lists every frequency', async () => {
      const view = await open(`/${lang}/status/`);
      try {
        const text = await view.text();
        assert.ok(text.includes(TEXT[lang].asOf), `${lang}: states the day the statuses hold for`);
        assert.ok(text.includes(TEXT[lang].yearly), `${lang}: a yearly column`);
        const yearly = normaliseSpaces(await view.page.innerText('#frequency-yearly ~ *'));
        assert.ok(yearly.includes(String(latestDueYear())), `${lang}: the yearly column opens on ${latestDueYear()}: ${yearly}`);
        const headings = await view.page.$$eval('.status-column h2', nodes => nodes.map(node => node.id));
        assert.deepEqual(headings, ['frequency-monthly', 'frequency-quarterly', 'frequency-yearly', 'frequency-once']);
        assert.deepEqual(await view.problems(), []);
      } finally {
        await view.close();
      }
    });

    it('a unit row of the grid leads to what the unit owes, with due dates, without JavaScript', async () => {
      const view = await open(`/${lang}/status/`);
      try {
        await Promise.all([view.page.waitForNavigation(), view.page.click(`a[href="/${lang}/status/thanh-hoa/"] >> nth=0`)]);
        const text = await view.text();
        assert.ok(text.includes(TEXT[lang].owes), `${lang}: ${text.slice(0, 200)}`);
        assert.ok(text.includes(TEXT[lang].still), `${lang}: lists what is still to report`);
        const due = await view.page.$$eval('#outstanding-caption ~ tbody time', nodes => nodes.map(node => node.getAttribute('datetime')));
        assert.ok(due.length > 0 && due.every(day => /^\d{4}-\d{2}-\d{2}$/.test(day)), `${lang}: due dates ${due}`);
        assert.deepEqual(await view.problems(), []);
      } finally {
        await view.close();
      }
    });
  });
}

describe('GET /v1/obligations for a department', () => {
  it('answers what the key\'s unit owes with due dates, and a problem without a key', async () => {
    const { secret } = createKey({ province: 'tuyen-quang' });
    const response = await fetch(`${BASE}/v1/obligations`, { headers: { authorization: `Bearer ${secret}` } });
    const body = await response.json();

    assert.equal(response.status, 200);
    assert.equal(body.province, 'tuyen-quang');
    assert.equal(body.asOfDay, vietnamToday());
    const units = new Set(body.obligations.map(o => o.province));
    assert.deepEqual([...units].sort(), ['ha-giang', 'tuyen-quang', 'tuyen-quang-pre2025'], 'its predecessors\' periods too');
    const june = body.obligations.find(o => o.province === 'ha-giang' && o.indicator === 'on-time-admin-processing' && o.period === '2025-06');
    assert.equal(june.dueDate, '2025-07-15');

    const anonymous = await fetch(`${BASE}/v1/obligations`);
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('content-type'), /^application\/problem\+json/);
  });
});
