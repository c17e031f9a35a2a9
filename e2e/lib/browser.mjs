// Debian's Chromium driven by playwright-core (npm packages here never download a browser), with every page
// watched for console errors, Content-Security-Policy violations and requests to any other host.
import { after } from 'node:test';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 360, height: 740 };

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * The browser of one test file: launched when a test first asks for it, closed when the file's tests are done.
 * Call at the top of a test file (or of a function that declares its tests).
 */
export function browserForTests() {
  let started;
  after(async () => (await started)?.close());
  return () => (started ??= launchBrowser());
}

// Runs before any page script (also under a strict CSP, since it is injected by the DevTools protocol).
const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

/**
 * A browser context whose pages may only talk to the runner: any other request is recorded and aborted,
 * so a test can fail on it and nothing leaves the machine.
 */
export async function openContext(browser, baseUrl, { viewport = DESKTOP, javaScriptEnabled = true, locale } = {}) {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled,
    locale,
    deviceScaleFactor: 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  const origin = new URL(baseUrl).origin;
  const foreignRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      return route.continue();
    }
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(CSP_LISTENER);
  context.foreignRequests = foreignRequests;
  return context;
}

/** Records what a page reports while it lives: console errors, uncaught exceptions, CSP violations. */
export function watch(page) {
  const consoleErrors = [];
  const pageErrors = [];
  const dialogs = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return {
    consoleErrors,
    pageErrors,
    dialogs,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

/** Everything a page did wrong, as lines; empty when clean. */
export async function problemsOf(page, watcher) {
  return [
    ...watcher.consoleErrors.map((line) => `console error: ${line}`),
    ...watcher.pageErrors.map((line) => `uncaught: ${line}`),
    ...watcher.dialogs.map((line) => `dialog: ${line}`),
    ...(await watcher.cspViolations()).map((line) => `CSP violation: ${line}`),
    ...page.context().foreignRequests.map((url) => `request to another host: ${url}`),
  ];
}

export function normaliseSpaces(text) {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
