// The course platform in a real browser (Debian's Chromium via playwright-core), against the running server:
//   node tests/browser/course.mjs BASE_URL INSTRUCTOR_EMAIL INSTRUCTOR_PASSWORD LABS_DIR SCREENSHOT_DIR
// An instructor (made with `plait-server create-instructor`) creates a course and publishes the lab; a student
// signs up, joins with the code, opens the lab, runs the public test in the browser, submits the starter (a low
// score, feedback, and a trace link that replays in the trace viewer), submits the reference solution (full
// marks); the instructor sees them and exports grades. Text from P programs is shown escaped. Console errors,
// failed requests, error statuses and requests leaving 127.0.0.1 fail it.
import { launchBrowser, pasteEditorText as setEditorText, stepper, watchPage } from './harness.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [base, instructorEmail, instructorPassword, labsDir, shots] = process.argv.slice(2);
const root = base.replace(/\/$/, '');
mkdirSync(shots, { recursive: true });
const browser = await launchBrowser();
const problems = [];
async function openPage() {
  return watchPage(await (await browser.newContext()).newPage(), problems);
}
let current = null;
const { step, passed } = stepper(browser, () => (current ? [{ page: current, path: join(shots, 'course-failure.png') }] : []));

const instructor = await openPage();
const student = await openPage();
let code = '';
let courseUrl = '';

await step('the instructor signs in, creates a course and publishes the lab', async () => {
  current = instructor;
  await instructor.goto(`${root}/signin`);
  await instructor.getByTestId('email').fill(instructorEmail);
  await instructor.getByTestId('password').fill(instructorPassword);
  await instructor.getByTestId('sign-in-submit').click();
  await instructor.waitForURL(`${root}/courses`);
  await instructor.getByTestId('course-title').fill('Distributed Systems');
  await instructor.getByTestId('create-course').click();
  await instructor.getByTestId('course-list').getByText('Distributed Systems').click();
  await instructor.getByTestId('course-join-code').waitFor();
  courseUrl = instructor.url();
  code = (await instructor.getByTestId('course-join-code').innerText()).trim();
  assert.match(code, /^[A-Z0-9]{8}$/);
  await instructor.getByTestId('publish-lab').selectOption('exactly-once');
  await instructor.getByTestId('publish-submit').click();
  await instructor.getByTestId('lab-list').getByText('Exactly-once increments').waitFor();
  await instructor.screenshot({ path: join(shots, 'course-1-published.png'), fullPage: true });
});

await step('a student signs up, joins with the code and opens the lab with its handout and starter', async () => {
  current = student;
  await student.goto(`${root}/signin`);
  await student.getByTestId('toggle-sign-up').click();
  await student.getByTestId('email').fill('student@example.org');
  await student.getByTestId('name').fill('Sam Student');
  await student.getByTestId('password').fill('a good password');
  await student.getByTestId('sign-in-submit').click();
  await student.waitForURL(`${root}/courses`);
  await student.getByTestId('join-code').fill(code.toLowerCase());
  await student.getByTestId('join-course').click();
  await student.getByTestId('course-list').getByText('Distributed Systems').click();
  await student.getByTestId('lab-list').getByText('Exactly-once increments').click();
  await student.getByTestId('handout').getByText('exactly once anyway').waitFor({ timeout: 20000 });
  await student.locator('[data-testid=editor] .view-lines').waitFor({ timeout: 20000 });
  const tabs = await student.locator('[data-testid=file-tabs] .tab-name').allInnerTexts();
  assert.deepEqual(tabs, ['Client.p', 'Counter.p', 'Harness.p'], 'the starter and the public test files, nothing hidden');
  await student.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 20000 });
  assert.deepEqual(await student.getByTestId('test-select').locator('option').allTextContents(), ['tcReliableNetwork']);
});

await step('the public test runs in the browser and finds the starter incomplete', async () => {
  await student.getByTestId('schedules').fill('100');
  await student.getByTestId('run-check').click();
  await student.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 30000 });
  assert.match(await student.getByTestId('check-result').innerText(), /liveness/);
  await student.screenshot({ path: join(shots, 'course-2-public-test.png'), fullPage: true });
});

async function submitAndWait() {
  await student.getByTestId('submit-lab').click();
  await student.waitForFunction(() => ['graded', 'failed'].includes(document.querySelector('[data-testid=submission-result]')?.dataset.status), null, { timeout: 120000 });
  return student.getByTestId('submission-score').innerText();
}

await step('submitting the starter gets a low score with feedback and a trace link that replays', async () => {
  assert.equal(await submitAndWait(), '0 / 10');
  const result = student.getByTestId('submission-result');
  assert.match(await result.innerText(), /reliable-network \(public\)/);
  assert.match(await result.innerText(), /liveness/);
  const link = await result.getByTestId('trace-link').first().getAttribute('href');
  assert.match(link, /^\/t\/[A-Za-z0-9_-]{16}$/);
  await student.screenshot({ path: join(shots, 'course-3-starter-graded.png'), fullPage: true });
  const viewer = await openPage();
  current = viewer;
  await viewer.goto(`${root}${link}`);
  await viewer.waitForFunction(() => document.querySelector('[data-testid=check-result]')?.dataset.verdict === 'bug', null, { timeout: 30000 });
  assert.match(await viewer.getByTestId('trace-bug').innerText(), /EventuallyAcknowledged/);
  await viewer.screenshot({ path: join(shots, 'course-4-trace-link.png'), fullPage: true });
  current = student;
});

await step('submitting the reference solution gets full marks', async () => {
  for (const file of ['Client.p', 'Counter.p']) {
    await student.locator('[data-testid=file-tabs] .tab-name', { hasText: file }).click();
    await setEditorText(student, readFileSync(join(labsDir, 'exactly-once', 'solution', file), 'utf8'));
  }
  await student.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 20000 });
  assert.equal(await submitAndWait(), '10 / 10');
  await student.getByTestId('submission-history').locator('li').nth(1).waitFor();
  assert.equal(await student.getByTestId('submission-history').locator('li').count(), 2);
  await student.screenshot({ path: join(shots, 'course-5-solution-graded.png'), fullPage: true });
});

await step('text from a P program is shown as text, never as HTML', async () => {
  await student.locator('[data-testid=file-tabs] .tab-name', { hasText: 'Counter.p' }).click();
  await setEditorText(student, 'machine Counter {\n  start state Serving {\n    on eIncrement do (request: (client: Client, id: int)) {\n      assert false, "<img src=x onerror=window.injected=1><b>not bold</b>";\n    }\n  }\n}\n');
  await student.locator('[data-testid=diagnostics][data-state=done]').getByText('No problems.').waitFor({ timeout: 20000 });
  assert.equal(await submitAndWait(), '0 / 10');
  const html = await student.getByTestId('submission-result').innerHTML();
  assert.ok(html.includes('&lt;b&gt;not bold&lt;/b&gt;'), html);
  assert.equal(await student.getByTestId('submission-result').locator('b', { hasText: 'not bold' }).count(), 0);
  assert.equal(await student.evaluate(() => window.injected), undefined, 'no script ran');
});

await step('the instructor sees both submissions and exports grades', async () => {
  current = instructor;
  await instructor.goto(courseUrl);
  await instructor.getByTestId('lab-list').getByText('Grades').click();
  const table = instructor.getByTestId('grades-table');
  await table.getByText('student@example.org').waitFor({ timeout: 20000 });
  const row = await table.locator('tbody tr').first().innerText();
  assert.match(row, /Sam Student\s+student@example.org\s+10\s+0\s+3/);
  assert.match(await instructor.getByTestId('pass-rates').innerText(), /reliable-network \(public, 4 points\): 0 of 1/);
  const csvUrl = await instructor.getByTestId('export-csv').getAttribute('href');
  const csv = await (await instructor.request.get(`${root}${csvUrl}`)).text();
  assert.match(csv, /^name,email,best_score/);
  assert.match(csv, /Sam Student,student@example.org,10,0,10,3,4,3,3/);
  const json = await (await instructor.request.get(`${root}${await instructor.getByTestId('export-results-json').getAttribute('href')}`)).json();
  assert.equal(json.students[0].results.score, 10);
  await instructor.screenshot({ path: join(shots, 'course-6-grades.png'), fullPage: true });
});

await step('no console errors or failed requests', async () => {
  assert.deepEqual(problems, []);
});

await browser.close();
console.log(`${passed()} course checks passed`);
