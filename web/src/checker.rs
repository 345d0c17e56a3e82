//! A checker running in a Web Worker: spawn it, send it requests, get its answers as [`WorkerMessage`]s.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::protocol::{WorkerMessage, WorkerRequest};

/// One worker and the callbacks that must live as long as it does. Dropping it terminates the worker.
pub struct CheckerWorker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl CheckerWorker {
    /// Starts `/worker.js` as a module worker; every message it posts goes to `on_message`.
    pub fn spawn(on_message: impl Fn(WorkerMessage) + Clone + 'static) -> Result<CheckerWorker, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options("/worker.js", &options).map_err(|e| format!("cannot start the checker: {e:?}"))?;
        let deliver = on_message.clone();
        let on_message_closure = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(text) = event.data().as_string() else { return };
            match serde_json::from_str::<WorkerMessage>(&text) {
                Ok(message) => deliver(message),
                Err(e) => deliver(WorkerMessage::Error { id: 0, message: format!("unreadable answer from the checker: {e}") }),
            }
        });
        let on_error_closure = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            on_message(WorkerMessage::Error { id: 0, message: format!("the checker failed: {}", event.message()) });
        });
        worker.set_onmessage(Some(on_message_closure.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error_closure.as_ref().unchecked_ref()));
        Ok(CheckerWorker { worker, _on_message: on_message_closure, _on_error: on_error_closure })
    }

    pub fn send(&self, request: &WorkerRequest) {
        if let Ok(text) = serde_json::to_string(request) {
            let _ = self.worker.post_message(&JsValue::from_str(&text));
        }
    }
}

impl Drop for CheckerWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
