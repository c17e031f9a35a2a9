// Keyboard alone: Tab from the top of the page and record where focus goes and whether it can be seen.

/**
 * Marks every link a person can see (closed <details> hide theirs), starts recording each element that takes
 * focus with how it looks focused, and returns the links and how many Tab stops the page can have at most.
 */
function prepare() {
  const links = [...document.querySelectorAll('a[href]')].filter((link) => {
    const closed = link.closest('details:not([open])');
    return !(closed && !link.closest('summary')) && link.getClientRects().length > 0;
  });
  links.forEach((link, index) => link.setAttribute('data-e2e-link', String(index)));
  const focusable = document.querySelectorAll(
    'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]');

  const properties = ['outline-style', 'outline-color', 'outline-width', 'box-shadow', 'background-color', 'color',
    'text-decoration-line', 'border-top-color', 'border-bottom-color', 'stroke', 'stroke-width', 'fill'];
  window.__e2eLook = (element) => [element, ...element.querySelectorAll('*')].slice(0, 40)
    .map((part) => {
      const style = getComputedStyle(part);
      return properties.map((property) => style.getPropertyValue(property)).join('|');
    })
    .join(';');
  window.__e2eStops = [];
  document.addEventListener('focusin', (event) => {
    const element = event.target;
    const rect = element.getBoundingClientRect();
    window.__e2eStops.push({
      element,
      focusedLook: window.__e2eLook(element),
      link: element.getAttribute('data-e2e-link'),
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      text: (element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
      focusVisible: element.matches(':focus-visible'),
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
        rect.top < window.innerHeight && rect.left < window.innerWidth,
    });
  });
  document.activeElement?.blur?.();
  window.scrollTo(0, 0);
  return { links: links.map((link) => link.getAttribute('href')), maxStops: focusable.length };
}

/** Each stop, with whether focusing changed how the element (or a shape inside it, as SVG tiles do) looks. */
function collect() {
  document.activeElement?.blur?.();
  return window.__e2eStops.map(({ element, focusedLook, ...stop }) => ({
    ...stop,
    indicated: focusedLook !== window.__e2eLook(element),
  }));
}

/**
 * Presses Tab once per focusable element (and once more, to leave the page), then returns every stop in order
 * together with the links that can be seen.
 */
export async function tabThrough(page) {
  const { links, maxStops } = await page.evaluate(prepare);
  for (let press = 0; press <= maxStops; press += 1) {
    await page.keyboard.press('Tab');
  }
  const stops = await page.evaluate(collect);
  // Past the last element focus leaves the document and the next Tab starts over: keep one round.
  const again = stops.findIndex((stop, index) => index > 0 && stop.link !== null && stop.link === stops[0].link);
  return { links, stops: again > 0 ? stops.slice(0, again) : stops };
}
