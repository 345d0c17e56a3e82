// What the browser tests share: Debian's Chromium launched through playwright-core, pages watched for
// console errors, failed requests, error statuses and requests leaving 127.0.0.1, TAP-like steps that stop
// at the first failure with screenshots, and two ways of replacing the editor's text.
import { chromium } from 'playwright-core';

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Records on `problems` everything a page must never do.
export function watchPage(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request the page itself cancels (it navigated or closed) is not a failure; any other is, and so is an
  // error status.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') problems.push(`request left the machine: ${r.url()}`);
  });
  return page;
}

// `step(name, body)` runs one check; on failure it saves `screenshots(failedNumber)` ([{page, path}]),
// closes the browser and exits 1. `passed()` counts the checks that passed.
export function stepper(browser, screenshots) {
  let passed = 0;
  async function step(name, body) {
    const started = Date.now();
    try {
      await body();
      passed += 1;
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
      for (const { page, path } of screenshots(passed + 1)) await page.screenshot({ path, fullPage: true }).catch(() => {});
      await browser.close();
      process.exit(1);
    }
  }
  return { step, passed: () => passed };
}

// Types `text` over the editor's whole text (Monaco's auto-indent applies, as for a person typing).
export async function typeEditorText(page, text) {
  await page.locator('[data-testid=editor] .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

// Replaces the shown file's text as a paste does (typing would let Monaco auto-close brackets and quotes).
export async function pasteEditorText(page, text) {
  await page.locator('[data-testid=editor] .view-lines').click();
  await page.evaluate((t) => window.plaitEditor.setValue(t), text);
}
