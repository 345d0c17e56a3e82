// P's tutorials in the playground against the CLI (run by hand on a local copy of p-org/P, which is never
// committed; the figures go to the issue's note):
//   node tests/browser/tutorials.mjs BASE_URL PATH_TO_P_REPO PLAIT_BINARY [SCHEDULES]
// Each tutorial project's `.p` files (and its included projects') are loaded through the page's "Open files…"
// input; every test the page lists is checked in the browser and with `plait check PROJECT.pproj -t TEST -s N
// --json` (same seed and bounds);
// the verdicts and bug messages must agree.
import { launchBrowser } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const [base, pRepo, plaitArg, schedulesArg] = process.argv.slice(2);
const plait = resolve(plaitArg);
const schedules = schedulesArg || '1000';

function pFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pFiles(path));
    else if (name.endsWith('.p')) out.push(path);
  }
  return out;
}

// The project's own files and those of the projects it includes (P's tutorials share Common/Timer and
// Common/FailureInjector), as `plait` resolves the `.pproj`.
function projectFiles(dir) {
  const files = pFiles(dir);
  for (const pproj of readdirSync(dir).filter((f) => f.endsWith('.pproj'))) {
    const xml = readFileSync(join(dir, pproj), 'utf8');
    for (const [, included] of xml.matchAll(/<IncludeProject>\s*(.*?)\s*<\/IncludeProject>/g)) {
      files.push(...projectFiles(dirname(join(dir, included))));
    }
  }
  return [...new Set(files)];
}

function cli(dir, test) {
  let text;
  try {
    const pproj = readdirSync(dir).find((f) => f.endsWith('.pproj'));
    text = execFileSync(plait, ['check', join(dir, pproj), '-t', test, '-s', schedules, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    text = e.stdout;
  }
  const report = JSON.parse(text.trim().split('\n').pop());
  return { verdict: report.verdict, message: report.bug ? report.bug.message : '' };
}

const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(base);
await page.getByTestId('diagnostics').getByText('No problems.').waitFor({ timeout: 20000 });

let agreed = 0;
let disagreed = 0;
const projects = readdirSync(join(pRepo, 'Tutorial')).filter((d) => /^\d_/.test(d)).sort();
for (const project of projects) {
  const dir = join(pRepo, 'Tutorial', project);
  const files = projectFiles(dir);
  await page.getByTestId('open-files').setInputFiles(files);
  // The files are read asynchronously: wait for their tabs before waiting for their compile.
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=file-tabs] .tab').length === n, files.length, { timeout: 20000 });
  await page.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 20000 });
  const tests = await page.getByTestId('test-select').locator('option').allTextContents();
  await page.getByTestId('schedules').fill(schedules);
  for (const test of tests) {
    await page.getByTestId('test-select').selectOption(test);
    await page.getByTestId('run-check').click();
    await page.waitForFunction(() => ['bug', 'pass', 'failed'].includes(document.querySelector('[data-testid=check-result]')?.dataset.verdict), null, { timeout: 600000 });
    const verdict = await page.getByTestId('check-result').getAttribute('data-verdict');
    const message = verdict === 'bug' ? await page.getByTestId('trace-bug').innerText() : '';
    const native = cli(dir, test);
    const same = verdict === native.verdict && (verdict !== 'bug' || message.includes(native.message));
    if (same) agreed += 1; else disagreed += 1;
    console.log(`${same ? 'same' : 'DIFFERENT'} ${project} ${test}: browser ${verdict}${message ? ` (${message})` : ''}; cli ${native.verdict}${native.message ? ` (${native.message})` : ''}`);
  }
}
await browser.close();
console.log(`${agreed} tests agree, ${disagreed} differ (${schedules} schedules each)`);
process.exit(disagreed === 0 ? 0 : 1);
