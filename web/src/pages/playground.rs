//! The playground page: editor and diagnostics, check controls, result, share link, and the trace viewer.

use leptos::ev;
use leptos::prelude::*;

use checker_core::share::SharedFile;

use crate::actions::Actions;
use crate::components::header::Header;
use crate::components::share_panel::SharePanel;
use crate::components::trace_viewer::TraceViewer;
use crate::components::workspace::Workspace;
use crate::examples::EXAMPLES;
use crate::state::PlaygroundState;

/// Share links put their data in the fragment (`/#/t/<data>`), which never reaches a server.
const SHARE_PREFIX: &str = "#/t/";
/// Share links stored by the server are paths: `/t/<id>`.
const STORED_SHARE_PREFIX: &str = "/t/";

#[component]
pub fn Playground() -> impl IntoView {
    let state = PlaygroundState::new();
    provide_context(state);
    let actions = Actions::start(state);
    provide_context(actions);

    let open_from_location = move || {
        let hash = window().location().hash().unwrap_or_default();
        match hash.strip_prefix(SHARE_PREFIX) {
            Some(data) if !data.is_empty() => {
                actions.open_share(data);
                true
            }
            _ => false,
        }
    };
    let stored = window().location().pathname().ok().and_then(|p| p.strip_prefix(STORED_SHARE_PREFIX).map(str::to_string));
    if let Some(id) = stored.filter(|id| !id.is_empty()) {
        actions.open_stored_share(id);
    } else if !open_from_location() {
        if let Some(example) = EXAMPLES.first() {
            actions.load(vec![SharedFile { name: example.file.into(), text: example.text.into() }], example.file);
        }
    }
    // A link pasted into this tab changes only the fragment.
    let listener = window_event_listener(ev::hashchange, move |_| {
        open_from_location();
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="app">
            <Header/>
            {move || state.notice.get().map(|n| view! {
                <div class="notice" data-testid="notice" role="status">
                    <span>{n}</span>
                    <button class="link" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                </div>
            })}
            <Workspace>
                <SharePanel/>
            </Workspace>
            <TraceViewer/>
        </div>
    }
}
