//! The Monaco editor, driven through the small ES module `static/editor.js`, served as `/editor.js` (Monaco
//! itself is loaded from our own build, never a CDN). One editor shows one of the project's files at a time.

use checker_core::share::SharedFile;
use wasm_bindgen::prelude::*;

use crate::protocol::EditorDiagnostic;

#[wasm_bindgen(raw_module = "/editor.js")]
extern "C" {
    #[wasm_bindgen(js_name = mountEditor)]
    fn mount_editor_js(element: &web_sys::HtmlElement, on_change: &js_sys::Function);
    #[wasm_bindgen(js_name = setFiles)]
    fn set_files_js(files_json: &str, active: &str);
    #[wasm_bindgen(js_name = showFile)]
    fn show_file_js(name: &str);
    #[wasm_bindgen(js_name = setMarkers)]
    fn set_markers_js(diagnostics_json: &str);
    #[wasm_bindgen(js_name = revealLine)]
    fn reveal_line_js(name: &str, line: u32);
}

/// Creates the editor in `element`; `on_change(file, text)` is called on every edit.
pub fn mount(element: &web_sys::HtmlElement, on_change: impl Fn(String, String) + 'static) {
    let closure = Closure::<dyn Fn(String, String)>::new(on_change);
    mount_editor_js(element, closure.as_ref().unchecked_ref());
    // The editor lives as long as the page.
    closure.forget();
}

/// Replaces the project's files (one editor model each) and shows `active`.
pub fn set_files(files: &[SharedFile], active: &str) {
    set_files_js(&serde_json::to_string(files).unwrap_or_default(), active);
}

pub fn show_file(name: &str) {
    show_file_js(name);
}

/// Shows diagnostics as markers in the files they belong to.
pub fn set_markers(diagnostics: &[EditorDiagnostic]) {
    set_markers_js(&serde_json::to_string(diagnostics).unwrap_or_default());
}

pub fn reveal_line(file: &str, line: u32) {
    reveal_line_js(file, line);
}
