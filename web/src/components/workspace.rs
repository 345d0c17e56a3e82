//! The editor beside the check controls: the layout the playground and a lab page share. What a page adds to
//! the check column (Share, or Submit and results) comes as children, after an optional hint.

use leptos::prelude::*;

use crate::components::check_controls::CheckControls;
use crate::components::check_status::{CheckResult, CheckStatusLine};
use crate::components::diagnostics_list::DiagnosticsList;
use crate::components::editor_pane::EditorPane;
use crate::components::file_tabs::FileTabs;

#[component]
pub fn Workspace(#[prop(optional)] hint: Option<&'static str>, children: Children) -> impl IntoView {
    view! {
        <main class="workspace">
            <section class="editor-column">
                <FileTabs/>
                <EditorPane/>
                <DiagnosticsList/>
            </section>
            <section class="check-column">
                {hint.map(|h| view! { <p class="hint">{h}</p> })}
                <CheckControls/>
                <CheckStatusLine/>
                <CheckResult/>
                {children()}
            </section>
        </main>
    }
}
