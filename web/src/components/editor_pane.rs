//! The Monaco editor's container.

use leptos::html::Div;
use leptos::prelude::*;

use crate::actions::Actions;
use crate::editor;
use crate::state::PlaygroundState;

#[component]
pub fn EditorPane() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let actions = expect_context::<Actions>();
    let node = NodeRef::<Div>::new();
    Effect::new(move |mounted: Option<bool>| {
        if mounted == Some(true) {
            return true;
        }
        let Some(element) = node.get() else { return false };
        editor::mount(&element, move |file, text| actions.edited(file, text));
        editor::set_files(&state.files.get_untracked(), &state.active.get_untracked());
        true
    });
    view! { <div class="editor" data-testid="editor" node_ref=node></div> }
}
