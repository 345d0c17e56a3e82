//! What the playground does: load a project, compile while the user types, run and stop checks, open share
//! links. Two workers keep the page responsive: one compiles (diagnostics, share links), one checks, so
//! diagnostics keep coming during a long check and Stop can end a check at once by replacing its worker.

use std::time::Duration;

use checker_core::share::SharedFile;
use checker_core::trace::Trace;
use leptos::prelude::*;

use crate::checker::CheckerWorker;
use crate::editor;
use crate::protocol::{CheckOutcome, Opened, WorkerMessage, WorkerRequest};
use crate::state::{CheckStatus, PlaygroundState, Totals};

/// Share data longer than this goes to the server, which answers a short `/t/<id>` link (long URLs break
/// in chat tools and mail).
const MAX_FRAGMENT_LINK: usize = 8_000;

/// How long typing must pause before the program is compiled again.
const COMPILE_DEBOUNCE: Duration = Duration::from_millis(250);

/// A worker's failure as a person can act on it.
fn explain(message: String) -> String {
    if message.contains("Maximum call stack size exceeded") {
        return "The program built values nested too deeply for the browser's checker (its stack is small); \
                `plait check` on the command line handles deeper ones."
            .to_string();
    }
    message
}

/// Which of the two workers a message came from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Compiler,
    Checker,
}

#[derive(Clone, Copy)]
pub struct Actions {
    state: PlaygroundState,
    compiler: StoredValue<Option<CheckerWorker>, LocalStorage>,
    checker: StoredValue<Option<CheckerWorker>, LocalStorage>,
    next_id: StoredValue<u64>,
    /// The newest compile request and the running check: answers to older ones are stale.
    compile_id: StoredValue<u64>,
    check_id: StoredValue<u64>,
    debounce: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The share-link data being opened, offered again by Share once it has replayed.
    opening: StoredValue<String>,
}

impl Actions {
    pub fn start(state: PlaygroundState) -> Actions {
        let actions = Actions {
            state,
            compiler: StoredValue::new_local(None),
            checker: StoredValue::new_local(None),
            next_id: StoredValue::new(1),
            compile_id: StoredValue::new(0),
            check_id: StoredValue::new(0),
            debounce: StoredValue::new_local(None),
            opening: StoredValue::new(String::new()),
        };
        // The checking worker starts once the compiling one is ready: the page's start-up then compiles one
        // copy of the checker's wasm at a time, and the second worker takes it from the HTTP cache.
        actions.compiler.set_value(actions.spawn(Role::Compiler));
        actions
    }

    fn spawn(self, role: Role) -> Option<CheckerWorker> {
        match CheckerWorker::spawn(move |message| self.receive(role, message)) {
            Ok(worker) => Some(worker),
            Err(e) => {
                self.state.notice.set(Some(e));
                None
            }
        }
    }

    fn new_id(self) -> u64 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }

    /// Replaces the project with `files`, showing `active`, and forgets the previous check.
    pub fn load(self, files: Vec<SharedFile>, active: &str) {
        editor::set_files(&files, active);
        self.state.files.set(files);
        self.state.active.set(active.to_string());
        self.state.view.clear();
        self.state.share_data.set(None);
        self.state.share_link.set(None);
        self.state.status.set(CheckStatus::Idle);
        self.compile_now();
    }

    /// The editor changed a file's text.
    pub fn edited(self, file: String, text: String) {
        self.state.files.update(|files| {
            if let Some(f) = files.iter_mut().find(|f| f.name == file) {
                f.text = text;
            }
        });
        self.compile_soon();
    }

    pub fn compile_soon(self) {
        self.state.compiling.set(true);
        self.debounce.update_value(|pending| {
            if let Some(handle) = pending.take() {
                handle.clear();
            }
            *pending = set_timeout_with_handle(move || self.compile_now(), COMPILE_DEBOUNCE).ok();
        });
    }

    pub fn compile_now(self) {
        let id = self.new_id();
        self.compile_id.set_value(id);
        self.state.compiling.set(true);
        let files = self.state.files.get_untracked();
        self.compiler.with_value(|w| {
            if let Some(w) = w {
                w.send(&WorkerRequest::Compile { id, files: &files });
            }
        });
    }

    pub fn run_check(self) {
        let state = self.state;
        let config = match state.form.config() {
            Ok(c) => c,
            Err(e) => return state.status.set(CheckStatus::Failed(e)),
        };
        let test = state.test.get_untracked();
        if test.is_empty() {
            return state.status.set(CheckStatus::Failed("There is no test to check: fix the program's errors first.".into()));
        }
        if matches!(state.status.get_untracked(), CheckStatus::Running { .. }) {
            self.checker.set_value(self.spawn(Role::Checker));
        }
        self.ensure_checker();
        let id = self.new_id();
        self.check_id.set_value(id);
        state.view.clear();
        state.share_data.set(None);
        state.share_link.set(None);
        state.notice.set(None);
        state.status.set(CheckStatus::Running { progress: Totals::default() });
        let files = state.files.get_untracked();
        self.checker.with_value(|w| {
            if let Some(w) = w {
                w.send(&WorkerRequest::Check { id, files: &files, test: &test, config: &config });
            }
        });
    }

    /// Ends the running check at once: its worker is replaced by a fresh one.
    pub fn stop_check(self) {
        if let CheckStatus::Running { progress } = self.state.status.get_untracked() {
            self.check_id.set_value(0);
            self.checker.set_value(self.spawn(Role::Checker));
            self.state.status.set(CheckStatus::Stopped { progress });
        }
    }

    /// Opens share-link data (the part of the link after `#/t/`).
    pub fn open_share(self, data: &str) {
        let id = self.new_id();
        self.compile_id.set_value(id);
        self.opening.set_value(data.to_string());
        self.state.status.set(CheckStatus::Replaying);
        self.compiler.with_value(|w| {
            if let Some(w) = w {
                w.send(&WorkerRequest::OpenShare { id, data });
            }
        });
    }

    /// Makes the share link of the last check and offers it to the clipboard: the data in the link's
    /// fragment when it is short enough to paste anywhere, otherwise stored by the server under a short id.
    pub fn share(self) {
        let Some(data) = self.state.share_data.get_untracked() else { return };
        let origin = window().location().origin().unwrap_or_default();
        let state = self.state;
        let offer = move |link: String| {
            let _ = window().navigator().clipboard().write_text(&link);
            state.share_link.set(Some(link));
        };
        if data.len() <= MAX_FRAGMENT_LINK {
            return offer(format!("{origin}/#/t/{data}"));
        }
        leptos::task::spawn_local(async move {
            match crate::http::post_json("/api/share", &serde_json::json!({ "data": data })).await {
                Ok(stored) => offer(format!("{origin}/t/{}", stored["id"].as_str().unwrap_or_default())),
                Err(why) => {
                    // Without the server the long link still works, it is just long.
                    state.notice.set(Some(format!("The link could not be stored on the server ({why}); it carries the whole program instead.")));
                    offer(format!("{origin}/#/t/{data}"));
                }
            }
        });
    }

    /// Opens a share link stored by the server (`/t/<id>`).
    pub fn open_stored_share(self, id: String) {
        self.state.status.set(CheckStatus::Replaying);
        leptos::task::spawn_local(async move {
            match crate::http::get_json(&format!("/api/share/{id}")).await {
                Ok(stored) => self.open_share(stored["data"].as_str().unwrap_or_default()),
                Err(why) => self.state.status.set(CheckStatus::Failed(format!("This link could not be replayed: {why}"))),
            }
        });
    }

    /// The checking worker, started now if it is not running yet.
    fn ensure_checker(self) {
        if self.checker.with_value(Option::is_none) {
            self.checker.set_value(self.spawn(Role::Checker));
        }
    }

    fn receive(self, role: Role, message: WorkerMessage) {
        let state = self.state;
        match message {
            WorkerMessage::Ready => {
                if role == Role::Compiler {
                    self.ensure_checker();
                }
            }
            WorkerMessage::Compiled { id, result } => {
                if id != self.compile_id.get_value() {
                    return;
                }
                state.compiling.set(false);
                editor::set_markers(&result.diagnostics);
                if let Some(error) = &result.error {
                    state.notice.set(Some(error.clone()));
                }
                let current = state.test.get_untracked();
                if !result.tests.contains(&current) {
                    if let Some(first) = result.tests.first() {
                        state.test.set(first.clone());
                    } else if result.ok {
                        state.test.set(String::new());
                    }
                }
                state.compiled.set(result);
            }
            WorkerMessage::Progress { id, schedules, steps, elapsed_ms, states } => {
                if id == self.check_id.get_value() {
                    state.status.set(CheckStatus::Running { progress: Totals { schedules, steps, elapsed_ms, states } });
                }
            }
            WorkerMessage::Result { id, outcome } => {
                if id == self.check_id.get_value() {
                    self.finished(outcome);
                }
            }
            WorkerMessage::Opened { id, result } => {
                if id == self.compile_id.get_value() {
                    self.opened(result);
                }
            }
            WorkerMessage::Error { id, message } => {
                let message = explain(message);
                // A checking worker whose wasm trapped may be left in any state: the next check gets a fresh
                // one. (Only when a check was running, so a worker that cannot load is not restarted forever.)
                if role == Role::Checker && matches!(state.status.get_untracked(), CheckStatus::Running { .. }) {
                    self.checker.set_value(self.spawn(Role::Checker));
                }
                if id != 0 && id == self.check_id.get_value() || matches!(state.status.get_untracked(), CheckStatus::Running { .. } | CheckStatus::Replaying) {
                    state.status.set(CheckStatus::Failed(message));
                } else {
                    state.notice.set(Some(message));
                }
            }
        }
    }

    fn finished(self, outcome: CheckOutcome) {
        let state = self.state;
        let bug = outcome.verdict == "bug";
        if bug {
            match Trace::from_json(&outcome.trace_json) {
                Ok(trace) => state.view.show(trace, outcome.trace_json.clone()),
                Err(e) => state.notice.set(Some(format!("the checker's trace is unreadable: {e}"))),
            }
        }
        state.share_data.set(Some(outcome.share));
        let progress = Totals { schedules: outcome.schedules, steps: outcome.steps, elapsed_ms: outcome.elapsed_ms, states: outcome.states };
        state.status.set(CheckStatus::Finished { bug, progress, stopped_by: outcome.stopped_by });
    }

    fn opened(self, opened: Opened) {
        let state = self.state;
        if !opened.files.is_empty() {
            let active = opened.files.first().map(|f| f.name.clone()).unwrap_or_default();
            self.load(opened.files.clone(), &active);
        }
        if !opened.test.is_empty() {
            state.test.set(opened.test.clone());
        }
        if let Some(config) = &opened.config {
            state.form.show(config);
        }
        if !opened.ok {
            let why = opened.error.unwrap_or_else(|| "unknown error".into());
            state.status.set(CheckStatus::Failed(format!("This link could not be replayed: {why}")));
            return;
        }
        state.share_data.set(Some(self.opening.get_value()));
        if let Some(d) = &opened.divergence {
            state.notice.set(Some(format!(
                "This link's schedule no longer fits the program: it diverged at choice {} ({}). What replayed up to there is shown.",
                d.choice, d.reason
            )));
        }
        match opened.trace {
            Some(trace) => {
                let json = trace.to_json();
                state.view.show(trace, json);
                state.status.set(CheckStatus::Replayed { bug: true });
            }
            None => state.status.set(CheckStatus::Replayed { bug: false }),
        }
    }
}
