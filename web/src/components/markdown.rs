//! A lab's handout, Markdown rendered to HTML. Raw HTML in the Markdown is shown as text, never run.

use leptos::prelude::*;
use pulldown_cmark::{html, Event, Options, Parser};

pub fn to_html(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

#[component]
pub fn Markdown(text: String) -> impl IntoView {
    view! { <div class="markdown" inner_html=to_html(&text)></div> }
}
