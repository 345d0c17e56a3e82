//! The top bar: the name, the example gallery, and opening local files or a whole project folder.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use checker_core::share::SharedFile;

use crate::actions::Actions;
use crate::examples::{self, EXAMPLES};

#[component]
pub fn Header() -> impl IntoView {
    let actions = expect_context::<Actions>();
    let pick_example = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if let Some(example) = examples::find(&id) {
            actions.load(vec![SharedFile { name: example.file.into(), text: example.text.into() }], example.file);
        }
    };
    view! {
        <header class="topbar">
            <h1><a href="/">"Plait"</a></h1>
            <span class="tagline">"Check P models in your browser"</span>
            <label class="gallery">
                "Example: "
                <select data-testid="example-select" on:change=pick_example>
                    {EXAMPLES.iter().map(|e| view! { <option value=e.id>{e.title}</option> }).collect_view()}
                </select>
            </label>
            <label class="button">
                "Open files…"
                <input type="file" multiple accept=".p" data-testid="open-files" class="hidden-input"
                    on:change=move |ev| open_files(actions, &ev)/>
            </label>
            <label class="button">
                "Open folder…"
                <input type="file" multiple prop:webkitdirectory=true data-testid="open-folder" class="hidden-input"
                    on:change=move |ev| open_files(actions, &ev)/>
            </label>
            <crate::components::nav::Nav/>
        </header>
    }
}

/// Loads the chosen `.p` files as the project (hidden files and folders are skipped, as `plait` does).
fn open_files(actions: Actions, ev: &leptos::ev::Event) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(list) = input.files() else { return };
    let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.item(i)).collect();
    leptos::task::spawn_local(async move {
        let mut files = Vec::new();
        for file in chosen {
            // A folder pick names each file by its path below the folder (not in web-sys's stable API).
            let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
            let name = if relative.is_empty() { file.name() } else { relative };
            let hidden = name.split('/').any(|part| part.starts_with('.'));
            if hidden || !name.ends_with(".p") {
                continue;
            }
            let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await else { continue };
            files.push(SharedFile { name, text: text.as_string().unwrap_or_default() });
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        if let Some(first) = files.first().map(|f| f.name.clone()) {
            actions.load(files, &first);
        }
    });
}
