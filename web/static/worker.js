// The checker's Web Worker: Plait's checker compiled to WebAssembly (checker-wasm), answering the page's
// requests (web/src/protocol.rs) with JSON text. A check runs in slices of about 50 ms and reports progress
// after each; the page stops a check by terminating this worker, so nothing here needs to poll for it.
import init, { compile, CheckSession, open_share } from './pkg/checker_wasm.js';

const post = (message) => postMessage(JSON.stringify(message));
const ready = init({ module_or_path: new URL('./pkg/checker_wasm_bg.wasm', import.meta.url) });
ready.then(
  () => post({ type: 'ready' }),
  (e) => post({ type: 'error', id: 0, message: `the checker could not be loaded: ${e}` }),
);

// Requests are handled one at a time, in the order they came.
let queue = Promise.resolve();
onmessage = (event) => {
  queue = queue
    .then(() => handle(JSON.parse(event.data)))
    .catch((e) => post({ type: 'error', id: 0, message: `the checker failed: ${e && e.message ? e.message : e}` }));
};

async function handle(request) {
  await ready;
  switch (request.type) {
    case 'compile':
      post({ type: 'compiled', id: request.id, result: JSON.parse(compile(JSON.stringify(request.files))) });
      break;
    case 'open_share':
      post({ type: 'opened', id: request.id, result: JSON.parse(open_share(request.data)) });
      break;
    case 'check':
      check(request);
      break;
    default:
      post({ type: 'error', id: request.id || 0, message: `unknown request ${request.type}` });
  }
}

const SLICE_MS = 50;

function check({ id, files, test, config }) {
  let session;
  try {
    session = new CheckSession(JSON.stringify(files), test, JSON.stringify(config));
  } catch (e) {
    post({ type: 'error', id, message: e && e.message ? e.message : String(e) });
    return;
  }
  const started = performance.now();
  let budget = 1;
  for (;;) {
    const sliceStart = performance.now();
    const progress = JSON.parse(session.step(budget));
    const took = performance.now() - sliceStart;
    // Grow or shrink the slice towards SLICE_MS: live progress without paying for it.
    if (took < SLICE_MS / 2) budget = Math.min(budget * 2, 1 << 20);
    else if (took > SLICE_MS * 2) budget = Math.max(1, Math.floor(budget / 2));
    const elapsed_ms = performance.now() - started;
    if (progress.done) {
      post({
        type: 'result',
        id,
        outcome: {
          verdict: progress.verdict,
          schedules: progress.schedules,
          steps: progress.steps,
          elapsed_ms,
          states: progress.states,
          stopped_by: progress.stopped_by,
          trace_json: session.trace_json(),
          share: session.share(),
        },
      });
      session.free();
      return;
    }
    post({ type: 'progress', id, schedules: progress.schedules, steps: progress.steps, elapsed_ms, states: progress.states });
  }
}
