// axe-core run inside the page. The source goes in through the DevTools protocol, which the page's CSP does
// not govern, so the page keeps its real policy while it is checked.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** axe-core's serious and critical violations, one readable line per affected element. */
export async function seriousAccessibilityViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  });
  return violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact))
    .flatMap((violation) => violation.nodes.map((node) => `[${violation.impact}] ${violation.id} (${violation.help}) ${node}`));
}
