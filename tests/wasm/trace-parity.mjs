// The checker compiled to WebAssembly gives the same results as the native CLI: the same diagnostics and,
// for the same check, the byte-identical trace document. Run by scripts/test.sh after the wasm build:
//   node tests/wasm/trace-parity.mjs PKG_DIR PLAIT_BINARY
import { createRequire } from 'node:module';
import { readFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const [pkgDir, plait] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const wasm = require(join(process.cwd(), pkgDir, 'checker_wasm.js'));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok - ${name}`);
  } else {
    failed += 1;
    console.log(`not ok - ${name}${detail ? `\n  ${detail}` : ''}`);
  }
}

// 1. Diagnostics: a type error is reported with its line and a UTF-16 column.
const bad = JSON.stringify([{ name: 'bad.p', text: 'machine Main {\n  start state S { entry { var s: string; s = 1; } }\n}\n' }]);
const compiled = JSON.parse(wasm.compile(bad));
check('a type error is reported in wasm', compiled.ok === false && compiled.diagnostics.length > 0 && compiled.diagnostics[0].line === 2,
  JSON.stringify(compiled));

// Every `.p` file below `dir` as the `[{name, text}]` list the wasm API takes, named as plait names them.
function filesOf(dir) {
  const listing = execFileSync('bash', ['-c', `find "${dir}" -name '*.p' | sort`]).toString().trim().split('\n');
  return JSON.stringify(listing.map((name) => ({ name, text: readFileSync(name, 'utf8') })));
}

// `plait check`'s default configuration, as a trace records it.
function defaultConfig(schedules) {
  return JSON.stringify({
    strategy: 'random', pct_depth: null, seed: 0, schedules, max_steps: 10000, max_fair_steps: 100000,
    fail_on_max_steps: false, liveness_threshold: 50000, faults: '',
  });
}

// 2. The same check natively and in wasm gives the byte-identical trace.
function parity(dir, test, schedules, extraArgs = [], config = defaultConfig(schedules)) {
  const out = join(mkdtempSync(join(tmpdir(), 'plait-parity-')), 'trace.json');
  try {
    execFileSync(plait, ['check', dir, '-t', test, '-s', String(schedules), '--trace-out', out, ...extraArgs], { stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1 = a bug was found, as expected
  }
  const native = readFileSync(out, 'utf8');
  const session = wasm.CheckSession.with_inputs(filesOf(dir), test, config, JSON.stringify([dir]));
  const started = process.hrtime.bigint();
  let progress;
  do {
    progress = JSON.parse(session.step(50));
  } while (!progress.done);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const inWasm = session.trace_json();
  check(`${dir} ${test} ${extraArgs.join(' ')}: the wasm trace is byte-identical to plait's --trace-out`, inWasm === native,
    `native ${native.length} bytes, wasm ${inWasm.length} bytes`);
  console.log(`  ${test}: ${progress.schedules} schedules, ${progress.steps} steps in ${ms.toFixed(1)} ms in wasm`);
}

parity('examples/bank', 'tcBank', 1000);
// Exhaustive breadth-first search: the shortest counterexample, the same in both.
parity('examples/bank', 'tcBank', 1, ['--strategy', 'exhaustive', '--bfs'],
  JSON.stringify({ ...JSON.parse(defaultConfig(1)), strategy: 'exhaustive', bfs: true }));

// 3. Speed (reported, never asserted): the same passing check natively and in wasm.
function speed(dir, test, schedules) {
  const session = new wasm.CheckSession(filesOf(dir), test, defaultConfig(schedules));
  const started = process.hrtime.bigint();
  let progress;
  do {
    progress = JSON.parse(session.step(1000));
  } while (!progress.done);
  const wasmMs = Number(process.hrtime.bigint() - started) / 1e6;
  const report = JSON.parse(execFileSync(plait, ['check', dir, '-t', test, '-s', String(schedules), '--json']).toString());
  const nativeMs = Math.max(report.elapsed_ms, 1);
  check(`${dir} ${test}: the same verdict natively and in wasm`, report.verdict === progress.verdict && report.steps === progress.steps,
    `native ${report.verdict}/${report.steps}, wasm ${progress.verdict}/${progress.steps}`);
  console.log(`  ${test}: ${schedules} schedules, wasm ${wasmMs.toFixed(0)} ms, native ${nativeMs} ms (this build), ratio ${(nativeMs / wasmMs).toFixed(2)}`);
}

speed('examples/twophase', 'tcTwoPhaseCommit___nParticipants_3', 5000);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
