// Playground benchmarks in headless Chromium (figures for BENCHMARKS.md; not a test, nothing is asserted):
//   node tests/browser/bench.mjs BASE_URL
// 1. page load to first result: open the page (first example, which has a bug), press Run as soon as it is
//    enabled, time until the bug is shown; five cold loads, each in a fresh browser context (empty cache);
// 2. bytes downloaded by a cold load (as sent, i.e. gzip where the server had it);
// 3. checker speed in the browser on the two-phase-commit example (N = 3, 50,000 schedules), as the status
//    line reports it, for comparison with `plait check` natively.
import { launchBrowser } from './harness.mjs';

const [base] = process.argv.slice(2);
const browser = await launchBrowser();

const loads = [];
let bytes = 0;
let requests = 0;
let sizes = [];
for (let i = 0; i < 5; i += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  bytes = 0;
  requests = 0;
  sizes = [];
  page.on('response', async (r) => {
    requests += 1;
    const length = Number((await r.allHeaders())['content-length'] || 0);
    bytes += length;
    sizes.push([length, new URL(r.url()).pathname]);
  });
  await page.goto(base, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const b = document.querySelector('[data-testid=run-check]');
    return b && !b.disabled;
  }, null, { polling: 5, timeout: 30000 });
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { polling: 5, timeout: 30000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { result: performance.now(), loaded: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventEnd };
  });
  loads.push(t);
  await context.close();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`page load to first result (ms from navigation start, median of 5): result ${median(loads.map((l) => l.result)).toFixed(0)}, load event ${median(loads.map((l) => l.loaded)).toFixed(0)}, result after load event ${median(loads.map((l) => l.result - l.loaded)).toFixed(0)}`);
console.log(`cold load: ${requests} responses, ${(bytes / 1024).toFixed(0)} KiB transferred (content-length); largest:`);
for (const [length, path] of sizes.sort((a, b) => b[0] - a[0]).slice(0, 6)) console.log(`  ${(length / 1024).toFixed(0)} KiB ${path}`);

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(base);
await page.getByTestId('example-select').selectOption('twophase');
await page.getByTestId('diagnostics').getByText('No problems.').waitFor({ timeout: 20000 });
await page.getByTestId('test-select').selectOption('tcTwoPhaseCommit___nParticipants_3');
await page.getByTestId('schedules').fill('50000');
for (let run = 0; run < 3; run += 1) {
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => /^Done:/.test(document.querySelector('[data-testid=check-status]').textContent), null, { timeout: 120000 });
  console.log(`twophase N=3, 50000 schedules in Chromium, run ${run + 1}: ${await page.getByTestId('check-status').innerText()}`);
}
await browser.close();
