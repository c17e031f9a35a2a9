// The portal's page types (docs: DESIGN.md "Pages", issue 5) and the demo figures the journeys rely on.

export const OTHER_LANG = { vi: 'en', en: 'vi' };

// Seed figures the demo data set loads through the real submission path (seed-facts.csv).
export const THANH_HOA = 'thanh-hoa';
export const ON_TIME = 'on-time-admin-processing';
export const THANH_HOA_ON_TIME = { province: THANH_HOA, indicator: ON_TIME, period: '2025', value: '99.51' };
export const SHOWN = { vi: '99,51 %', en: '99.51%' };
// Thanh Hoa's regions after and before 1 July 2025 (regions.csv).
export const REGION_2025 = 'bac-trung-bo-2025';
export const REGION_2021 = 'bac-trung-bo-duyen-hai-mien-trung';

/** One page of every type, in both languages; a unit dissolved in 2025 has its own layout (lineage). */
export function pageTypes(lang) {
  return [
    { type: 'overview', path: `/${lang}/`, status: 200, twin: true },
    { type: 'province', path: `/${lang}/provinces/${THANH_HOA}/`, status: 200, twin: true },
    { type: 'province-merged', path: `/${lang}/provinces/ha-giang/`, status: 200, twin: true },
    { type: 'indicator', path: `/${lang}/indicators/${ON_TIME}/`, status: 200, twin: true },
    { type: 'progress', path: `/${lang}/progress/`, status: 200, twin: true },
    { type: 'status', path: `/${lang}/status/`, status: 200, twin: true },
    { type: 'unit-status', path: `/${lang}/status/${THANH_HOA}/`, status: 200, twin: true },
    { type: 'unit-status-merged', path: `/${lang}/status/tuyen-quang/`, status: 200, twin: true },
    { type: 'data', path: `/${lang}/data/`, status: 200, twin: true },
    { type: 'about', path: `/${lang}/about/`, status: 200, twin: true },
    { type: 'regions', path: `/${lang}/regions/`, status: 200, twin: true },
    { type: 'region', path: `/${lang}/regions/${REGION_2025}/`, status: 200, twin: true },
    { type: 'region-2021', path: `/${lang}/regions/${REGION_2021}/`, status: 200, twin: true },
    { type: 'compare', path: `/${lang}/compare/`, status: 200, twin: true },
    // A missing address gets /404.html with status 404 (as CloudFront answers); its English twin is a file.
    lang === 'vi'
      ? { type: 'not-found', path: '/vi/khong-co-trang-nay/', status: 404, twin: false }
      : { type: 'not-found', path: '/en/404.html', status: 200, twin: false },
  ];
}

