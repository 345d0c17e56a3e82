// The playground in a real browser (Debian's Chromium driven by playwright-core), against the running server:
//   node tests/browser/playground.mjs BASE_URL PLAIT_BINARY SCREENSHOT_DIR
// Loads the page, types a model with a type error and sees the diagnostic, fixes it, runs a check that finds a
// bug, steps the trace to the error, shares it and opens the link in a fresh browser context (same steps, same
// error), stops a long check and sees the page respond, and compares the browser's trace document byte for
// byte with `plait check --trace-out`. Any console error, failed request, error status or request leaving
// 127.0.0.1 fails it.
import { launchBrowser, pasteEditorText, stepper, typeEditorText as setEditorText, watchPage } from './harness.mjs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import assert from 'node:assert/strict';

const [base, plaitArg, shots] = process.argv.slice(2);
const plait = resolve(plaitArg);
mkdirSync(shots, { recursive: true });

const browser = await launchBrowser();
const problems = [];
async function openPage(context) {
  return watchPage(await context.newPage(), problems);
}
const { step, passed } = stepper(browser, (n) => pages.map((page) => ({ page, path: join(shots, `failure-${n}.png`) })));

const withTypeError = `// A counter that is told to count, with a type error: a string where an int belongs.
event eCount : int;
machine Main {
  var total: int;
  start state Counting {
    entry { send this, eCount, 1; }
    on eCount do (n: int) {
      total = "many";
    }
  }
}
`;
const fixedWithBug = `// A counter whose total must stay below 3, yet it counts on forever: a bug the checker finds.
event eCount : int;
machine Main {
  var total: int;
  start state Counting {
    entry { send this, eCount, 1; }
    on eCount do (n: int) {
      total = total + n;
      assert total < 3, format("the total reached {0}", total);
      send this, eCount, 1;
    }
  }
}
`;

const context = await browser.newContext();
const page = await openPage(context);
const pages = [page];
let sharedLink = '';
let stepsSeen = [];
let errorText = '';

await step('the playground loads with the editor and the first example compiled', async () => {
  await page.goto(base);
  await page.locator('[data-testid=editor] .view-lines').waitFor({ timeout: 20000 });
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 20000 });
  assert.ok((await page.getByTestId('test-select').inputValue()).length > 0, 'a test is selected');
  await page.screenshot({ path: join(shots, '1-loaded.png'), fullPage: true });
});

await step('a type error typed into the editor is reported with its line, and marked in the editor', async () => {
  await setEditorText(page, withTypeError);
  const diagnostic = page.getByTestId('diagnostics').locator('.diagnostic.error');
  await diagnostic.first().waitFor({ timeout: 10000 });
  const text = await diagnostic.first().innerText();
  assert.match(text, /:8:\d+/, `the diagnostic points at line 8: ${text}`);
  assert.match(text, /error\[P\d{4}\]/);
  await page.locator('[data-testid=editor] .squiggly-error').first().waitFor({ timeout: 5000 });
  assert.equal(await page.getByTestId('run-check').isDisabled(), true, 'no test to run while the program has errors');
  await page.screenshot({ path: join(shots, '2-type-error.png'), fullPage: true });
});

await step('fixing the error clears the diagnostic', async () => {
  await setEditorText(page, fixedWithBug);
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  assert.equal(await page.getByTestId('test-select').inputValue(), 'DefaultImpl');
});

await step('a check finds the bug and shows its trace', async () => {
  await page.getByTestId('run-check').click();
  const result = page.getByTestId('check-result');
  await result.waitFor({ timeout: 20000 });
  assert.equal(await result.getAttribute('data-verdict'), 'bug');
  assert.match(await result.innerText(), /the total reached 3/);
  await page.getByTestId('trace-viewer').locator('[data-testid=sequence-diagram]').waitFor();
  await page.screenshot({ path: join(shots, '3-bug-found.png'), fullPage: true });
});

await step('the trace steps from the first step forward and jumps to the error', async () => {
  const stepLabel = page.getByTestId('trace-step');
  await page.getByTestId('step-first').click();
  assert.match(await stepLabel.innerText(), /^Step 1 of (\d+)/);
  const total = Number((await stepLabel.innerText()).match(/of (\d+)/)[1]);
  assert.ok(total >= 5, `a trace of several steps (${total})`);
  await page.getByTestId('step-forward').click();
  await page.getByTestId('step-forward').click();
  assert.match(await stepLabel.innerText(), /^Step 3 of /);
  await page.getByTestId('step-back').click();
  assert.match(await stepLabel.innerText(), /^Step 2 of /);
  // Arrow keys step too, once the viewer has the focus.
  await page.getByTestId('trace-viewer').focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await stepLabel.innerText(), /^Step 3 of /);
  await page.getByTestId('jump-to-error').click();
  const atError = await stepLabel.innerText();
  assert.match(atError, new RegExp(`^Step ${total} of ${total}`));
  assert.match(atError, /the total reached 3/);
  errorText = atError;
  stepsSeen = await page.getByTestId('trace-log').locator('li').allInnerTexts();
  // The state panel shows the counter's variable.
  assert.match(await page.getByTestId('state-panel').innerText(), /total/);
  await page.screenshot({ path: join(shots, '4-at-error.png'), fullPage: true });
});

await step('the browser gives the byte-identical trace document of `plait check --trace-out`', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plait-browser-'));
  // The CLI gets the file under the playground's name for it, and the form's settings.
  const fileName = await page.locator('[data-testid=file-tabs] .tab.active .tab-name').innerText();
  // What the editor holds (typing in Monaco may indent differently from the text typed).
  writeFileSync(join(dir, fileName), await page.evaluate(() => window.plaitEditor.getValue()));
  try {
    execFileSync(plait, ['check', fileName, '-t', 'DefaultImpl', '-s', '1000', '--seed', '0', '--trace-out', 'trace.json'], { cwd: dir, stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 1) throw e;
  }
  const native = readFileSync(join(dir, 'trace.json'), 'utf8');
  const href = await page.getByTestId('download-trace').getAttribute('href');
  const browserTrace = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.equal(browserTrace, native);
});

await step('Share gives a link that opens the same trace in a fresh browser context', async () => {
  await page.getByTestId('share-button').click();
  sharedLink = await page.getByTestId('share-link').inputValue();
  assert.ok(sharedLink.startsWith(`${base.replace(/\/$/, '')}/#/t/`), sharedLink);
  const fresh = await browser.newContext();
  const other = await openPage(fresh);
  pages.push(other);
  await other.goto(sharedLink);
  const result = other.getByTestId('check-result');
  await result.waitFor({ timeout: 20000 });
  assert.equal(await result.getAttribute('data-verdict'), 'bug');
  await other.getByTestId('trace-log').locator('li').first().waitFor();
  assert.deepEqual(await other.getByTestId('trace-log').locator('li').allInnerTexts(), stepsSeen, 'the same steps');
  assert.equal(await other.getByTestId('trace-step').innerText(), errorText, 'opens at the same error');
  assert.equal(await other.getByTestId('notice').count(), 0, 'it replays without divergence');
  await other.screenshot({ path: join(shots, '5-shared-link.png'), fullPage: true });
  await fresh.close();
  pages.pop();
});

await step('a long program is shared through the server as a short /t/<id> link that replays the same', async () => {
  // A comment of letters that do not compress makes the link too long for a URL fragment.
  let seed = 7;
  const noise = Array.from({ length: 16000 }, () => { seed = (seed * 1103515245 + 12345) % 2147483648; return String.fromCharCode(97 + (seed >> 16) % 26); }).join('');
  await setEditorText(page, `// ${noise}\n${fixedWithBug}`);
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 20000 });
  const steps = await page.getByTestId('trace-log').locator('li').allInnerTexts();
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-link').waitFor();
  const link = await page.getByTestId('share-link').inputValue();
  assert.match(link, /\/t\/[A-Za-z0-9_-]{16}$/, link);
  const fresh = await browser.newContext();
  const other = await openPage(fresh);
  pages.push(other);
  await other.goto(link);
  await other.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 20000 });
  assert.deepEqual(await other.getByTestId('trace-log').locator('li').allInnerTexts(), steps, 'the same steps');
  // The whole program came with it (once the editor has loaded).
  await other.waitForFunction(() => window.plaitEditor && window.plaitEditor.getValue().length > 16000, null, { timeout: 20000 });
  await fresh.close();
  pages.pop();
  await setEditorText(page, fixedWithBug);
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
});

await step('a link whose program has changed says at which choice its schedule diverged', async () => {
  // Take the shared bundle apart (JSON, raw deflate, base64url), stop the counter after its first count, and
  // put it back: the old schedule has more choices than the changed program makes.
  const data = sharedLink.slice(sharedLink.indexOf('#/t/') + 4);
  const bundle = JSON.parse(inflateRawSync(Buffer.from(data, 'base64url')).toString());
  bundle.files[0].text = bundle.files[0].text.replace(/(assert [^\n]*\n\s*)send this, eCount, 1;/, '$1');
  assert.notEqual(bundle.files[0].text, fixedWithBug, 'the program was changed');
  const changed = deflateRawSync(Buffer.from(JSON.stringify(bundle))).toString('base64url');
  const fresh = await browser.newContext();
  const other = await openPage(fresh);
  pages.push(other);
  await other.goto(`${base.replace(/\/$/, '')}/#/t/${changed}`);
  const notice = other.getByTestId('notice');
  await notice.waitFor({ timeout: 20000 });
  assert.match(await notice.innerText(), /no longer fits the program: it diverged at choice \d+/);
  await other.screenshot({ path: join(shots, '6-diverged-link.png'), fullPage: true });
  // A damaged link says so instead of failing silently.
  await other.goto(`${base.replace(/\/$/, '')}/#/t/not-a-link`);
  await other.reload();
  const failed = other.getByTestId('check-result');
  await failed.waitFor({ timeout: 20000 });
  assert.equal(await failed.getAttribute('data-verdict'), 'failed');
  assert.match(await failed.innerText(), /could not be replayed/);
  await fresh.close();
  pages.pop();
});

await step('a long check shows live progress, the page stays responsive, and Stop ends it', async () => {
  await page.getByTestId('example-select').selectOption('pingpong');
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  await page.getByTestId('schedules').fill('100000000');
  await page.getByTestId('run-check').click();
  const status = page.getByTestId('check-status');
  await page.waitForFunction(() => /Running: [\d,]+ schedules?/.test(document.querySelector('[data-testid=check-status]').textContent)
    && !/Running: 0 schedules/.test(document.querySelector('[data-testid=check-status]').textContent), null, { timeout: 20000 });
  const first = await status.innerText();
  // While it runs, the editor still takes edits and diagnostics still come (the compile worker is separate).
  await setEditorText(page, withTypeError);
  await page.getByTestId('diagnostics').locator('.diagnostic.error').first().waitFor({ timeout: 10000 });
  const later = await status.innerText();
  assert.notEqual(later, first, 'progress moves on');
  await page.screenshot({ path: join(shots, '7-long-check-running.png'), fullPage: true });
  await page.getByTestId('stop-check').click();
  await page.waitForFunction(() => /^Stopped:/.test(document.querySelector('[data-testid=check-status]').textContent), null, { timeout: 5000 });
  assert.equal(await page.getByTestId('check-result').getAttribute('data-verdict'), 'stopped');
  assert.equal(await page.getByTestId('run-check').isDisabled(), true, 'the typed program has an error, so nothing to run');
  await setEditorText(page, fixedWithBug);
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  await page.getByTestId('schedules').fill('1000');
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 20000 });
  await page.screenshot({ path: join(shots, '8-after-stop.png'), fullPage: true });
});

await step('exhaustive search in the browser covers the states the CLI covers, and finds the shortest bug', async () => {
  await page.getByTestId('example-select').selectOption('twophase');
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  const test = 'tcTwoPhaseCommit___nParticipants_3';
  await page.getByTestId('test-select').selectOption(test);
  await page.getByTestId('strategy-select').selectOption('exhaustive');
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'pass', null, { timeout: 60000 });
  const native = JSON.parse(execFileSync(plait, ['check', 'examples/twophase', '-t', test, '--strategy', 'exhaustive', '--bfs', '--json']).toString());
  assert.equal(native.complete, true);
  const said = await page.getByTestId('check-result').innerText();
  assert.match(said, new RegExp(`explored all ${native.states.toLocaleString('en-US')} states`), said);
  await page.screenshot({ path: join(shots, '9-exhaustive-pass.png'), fullPage: true });
  // The example with a bug, breadth-first: the trace ends in the same error, by the shortest path.
  await page.getByTestId('example-select').selectOption('bank');
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  await page.getByTestId('strategy-select').selectOption('exhaustive');
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 60000 });
  assert.match(await page.getByTestId('check-result').innerText(), /balance went negative/);
  const href = await page.getByTestId('download-trace').getAttribute('href');
  const trace = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
  assert.equal(trace.config.strategy, 'exhaustive');
  await page.screenshot({ path: join(shots, '10-exhaustive-bug.png'), fullPage: true });
});

await step('a program too deep for the browser fails with a clear message, and the next check works', async () => {
  await page.getByTestId('strategy-select').selectOption('random');
  await pasteEditorText(page, 'machine Main {\n  var a: any;\n  start state S {\n    entry {\n      var i: int;\n      while (i < 1000000) { a = (a, i); i = i + 1; }\n      assert i < 10, "deep";\n    }\n  }\n}\n');
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'failed', null, { timeout: 60000 });
  assert.match(await page.getByTestId('check-result').innerText(), /nested too deeply/);
  await setEditorText(page, fixedWithBug);
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 10000 });
  await page.getByTestId('run-check').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 20000 });
});

await step('no console errors, failed requests or requests leaving the machine', async () => {
  assert.deepEqual(problems, []);
});

await browser.close();
console.log(`${passed()} browser checks passed`);
