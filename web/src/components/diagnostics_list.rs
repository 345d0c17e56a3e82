//! The program's diagnostics as a list; clicking one shows its line in the editor.

use leptos::prelude::*;

use crate::editor;
use crate::state::PlaygroundState;

#[component]
pub fn DiagnosticsList() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    view! {
        <div class="diagnostics" data-testid="diagnostics" aria-live="polite"
            data-state=move || if state.compiling.get() { "compiling" } else { "done" }>
            {move || {
                let compiled = state.compiled.get();
                if compiled.diagnostics.is_empty() {
                    let text = if compiled.ok { "No problems." } else { "" };
                    return view! { <p class="no-problems">{text}</p> }.into_any();
                }
                compiled.diagnostics.into_iter().map(|d| {
                    let (file, line) = (d.file.clone(), d.line);
                    let class = format!("diagnostic {}", d.severity);
                    view! {
                        <button class=class on:click=move |_| {
                            state.active.set(file.clone());
                            editor::reveal_line(&file, line);
                        }>
                            <span class="where">{format!("{}:{}:{}", d.file, d.line, d.column)}</span>
                            <span class="code">{format!("{}[{}]", d.severity, d.code)}</span>
                            <span class="message">{d.message.clone()}</span>
                            {d.hints.iter().map(|h| view! { <span class="hint">{format!("hint: {h}")}</span> }).collect_view()}
                        </button>
                    }
                }).collect_view().into_any()
            }}
        </div>
    }
}
