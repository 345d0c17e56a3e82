//! Share the last check as a link (program, test, configuration and schedule in the URL fragment), and
//! download its trace document.

use leptos::prelude::*;

use crate::actions::Actions;
use crate::state::PlaygroundState;

#[component]
pub fn SharePanel() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let actions = expect_context::<Actions>();
    let download = move || {
        let json = state.view.json.get();
        (!json.is_empty()).then(|| format!("data:application/json;charset=utf-8,{}", js_sys::encode_uri_component(&json)))
    };
    view! {
        <div class="share-panel">
            <button data-testid="share-button" disabled=move || state.share_data.get().is_none()
                title="A link that opens this program and replays this check's trace"
                on:click=move |_| actions.share()>"Share"</button>
            {move || download().map(|href| view! {
                <a class="button" data-testid="download-trace" href=href download="trace.json">"Download trace"</a>
            })}
            {move || state.share_link.get().map(|link| view! {
                <input class="share-link" data-testid="share-link" readonly prop:value=link.clone()
                    on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                <span class="share-note">"Copied. Anyone with the link sees this program and trace."</span>
            })}
        </div>
    }
}
