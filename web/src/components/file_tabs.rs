//! One tab per file of the project, plus adding and removing files.

use leptos::prelude::*;

use checker_core::share::SharedFile;

use crate::actions::Actions;
use crate::editor;
use crate::state::PlaygroundState;

#[component]
pub fn FileTabs() -> impl IntoView {
    let state = expect_context::<PlaygroundState>();
    let actions = expect_context::<Actions>();
    let names = move || state.files.with(|files| files.iter().map(|f| f.name.clone()).collect::<Vec<_>>());
    let add_file = move |_| {
        let taken = names();
        let name = (1..).map(|i| format!("File{i}.p")).find(|n| !taken.contains(n)).unwrap_or_default();
        let name = window().prompt_with_message_and_default("Name of the new file", &name).ok().flatten().unwrap_or_default();
        let name = name.trim().to_string();
        if name.is_empty() || taken.contains(&name) {
            return;
        }
        let mut files = state.files.get_untracked();
        files.push(SharedFile { name: name.clone(), text: String::new() });
        editor::set_files(&files, &name);
        state.files.set(files);
        state.active.set(name);
        actions.compile_now();
    };
    view! {
        <div class="tabs" role="tablist" data-testid="file-tabs">
            <For each=names key=|n| n.clone() let:name>
                {
                    let shown = name.clone();
                    let removed = name.clone();
                    let is_active = { let name = name.clone(); move || state.active.get() == name };
                    view! {
                        <span class="tab" class:active=is_active.clone() role="tab" aria-selected=move || is_active().to_string()>
                            <button class="tab-name" on:click=move |_| {
                                editor::show_file(&shown);
                                state.active.set(shown.clone());
                            }>{name.clone()}</button>
                            <button class="tab-close" title="Remove this file" on:click=move |_| {
                                let mut files = state.files.get_untracked();
                                if files.len() <= 1 { return; }
                                files.retain(|f| f.name != removed);
                                let active = files.first().map(|f| f.name.clone()).unwrap_or_default();
                                editor::set_files(&files, &active);
                                state.files.set(files);
                                state.active.set(active);
                                actions.compile_now();
                            }>"×"</button>
                        </span>
                    }
                }
            </For>
            <button class="tab-add" title="Add a file" on:click=add_file>"+"</button>
        </div>
    }
}
