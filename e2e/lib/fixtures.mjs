// The data the journeys take as given, on top of the demo set: submitted through the real API with a key
// from the keys CLI, as a department would. The demo set has one unit per indicator at most, and a ranking
// needs two: Hanoi reports on-time processing for 2025 beside Thanh Hoa's 99.51.
import { createKey, renderNow } from './runner.mjs';
import { ON_TIME } from './site.mjs';

export const HANOI_ON_TIME = { province: 'ha-noi', indicator: ON_TIME, period: '2025', value: '98.70' };
export const HANOI_SHOWN = { vi: '98,70 %', en: '98.70%' };

/** Submits the fixtures (once: a fixed Idempotency-Key makes a repeat a no-op) and renders. */
export async function loadFixtures({ baseUrl, dataDir, jar }) {
  const { secret } = createKey({ province: HANOI_ON_TIME.province, dataDir, jar, baseUrl });
  // JSON.stringify cannot write 98.70: the number goes in as text, exactly as a department's JSON has it.
  const snapshot = {
    province: HANOI_ON_TIME.province,
    period: HANOI_ON_TIME.period,
    source: { title: 'Báo cáo kết quả chuyển đổi số năm 2025 (dữ liệu kiểm thử)', url: 'https://hanoi.gov.vn/e2e-fixture' },
    values: [{ indicator: HANOI_ON_TIME.indicator, value: '__VALUE__' }],
  };
  const body = JSON.stringify(snapshot).replace('"__VALUE__"', HANOI_ON_TIME.value);
  const response = await fetch(`${baseUrl}/v1/snapshots`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'idempotency-key': 'e2e-fixture-hanoi-on-time-2025' },
    body,
  });
  if (response.status !== 201) {
    throw new Error(`fixture: POST /v1/snapshots answered ${response.status}: ${await response.text()}`);
  }
  await renderNow(baseUrl);
}
