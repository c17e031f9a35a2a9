// The portal's page types (docs: DESIGN.md "Pages", issue 5) and the demo figures the journeys rely on.

export const LANGS = ['vi', 'en'];
export const OTHER_LANG = { vi: 'en', en: 'vi' };

// Seed figures the demo data set loads through the real submission path (seed-facts.csv).
export const THANH_HOA = 'thanh-hoa';
export const ON_TIME = 'on-time-admin-processing';
export const THANH_HOA_ON_TIME = { province: THANH_HOA, indicator: ON_TIME, period: '2025', value: '99.51' };
export const SHOWN = { vi: '99,51 %', en: '99.51%' };

/** One page of every type, in both languages; a unit dissolved in 2025 has its own layout (lineage). */
export function pageTypes(lang) {
  return [
    { type: 'overview', path: `/${lang}/`, status: 200 },
    { type: 'province', path: `/${lang}/provinces/${THANH_HOA}/`, status: 200 },
    { type: 'province-merged', path: `/${lang}/provinces/ha-giang/`, status: 200 },
    { type: 'indicator', path: `/${lang}/indicators/${ON_TIME}/`, status: 200 },
    { type: 'status', path: `/${lang}/status/`, status: 200 },
    { type: 'data', path: `/${lang}/data/`, status: 200 },
    { type: 'about', path: `/${lang}/about/`, status: 200 },
    { type: 'not-found', path: `/${lang}/${lang === 'vi' ? 'khong-co-trang-nay' : 'no-such-page'}/`, status: 404 },
  ];
}

/** "99,51 %" → "99.51"; "9.800" → "9800"; "99.51%" → "99.51"; "9,800" → "9800". */
export function plainNumber(shown, lang) {
  const digits = shown.replace(/[^\d.,\u2212-]/g, '').replace('\u2212', '-');
  return lang === 'vi' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
}
