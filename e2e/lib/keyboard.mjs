// Keyboard alone: Tab from the top of the page and record where focus goes and whether it can be seen.

/** Marks every link a person can see (closed <details> hide theirs) and returns their count. */
async function markVisibleLinks(page) {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('a[href]')].filter((link) => {
      const closed = link.closest('details:not([open])');
      const insideClosed = closed && !link.closest('summary');
      return !insideClosed && link.getClientRects().length > 0;
    });
    links.forEach((link, index) => link.setAttribute('data-e2e-link', String(index)));
    return links.map((link) => link.getAttribute('href'));
  });
}

function describeFocus() {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  const rect = element.getBoundingClientRect();
  return {
    link: element.getAttribute('data-e2e-link'),
    tag: element.tagName.toLowerCase(),
    href: element.getAttribute('href'),
    text: (element.textContent || '').trim().slice(0, 60),
    focusVisible: element.matches(':focus-visible'),
    indicated: Boolean(outline || shadow),
    onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
      rect.top < window.innerHeight && rect.left < window.innerWidth,
  };
}

/**
 * Presses Tab until focus leaves the page or comes back round, and returns every stop in order together
 * with the links that can be seen.
 */
export async function tabThrough(page) {
  const links = await markVisibleLinks(page);
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  const stops = [];
  const limit = links.length + 60;
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (!stop) break;
    if (stops.length > 0 && stop.link !== null && stop.link === stops[0].link) break;
    stops.push(stop);
  }
  return { links, stops };
}
