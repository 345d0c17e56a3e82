//! JSON requests to Plait's server, with errors as text for the page to show. Requests other than GET carry
//! the session's CSRF token once signed in.

use std::cell::RefCell;

use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

async fn send(request: Request) -> Result<Value, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_request(&request)).await.map_err(|_| "the server could not be reached".to_string())?;
    let response: Response = response.dyn_into().map_err(|_| "not an HTTP response".to_string())?;
    let text = JsFuture::from(response.text().map_err(|_| "unreadable response".to_string())?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    let json: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if response.ok() {
        Ok(json)
    } else {
        Err(json["error"]["message"].as_str().map_or_else(|| format!("the server answered {}", response.status()), str::to_string))
    }
}

thread_local! {
    static CSRF_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers (or forgets) the session's CSRF token.
pub fn set_csrf_token(token: Option<String>) {
    CSRF_TOKEN.with(|t| *t.borrow_mut() = token);
}

pub async fn get_json(url: &str) -> Result<Value, String> {
    send(Request::new_with_str(url).map_err(|_| format!("bad URL {url}"))?).await
}

pub async fn post_json(url: &str, body: &Value) -> Result<Value, String> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(&body.to_string()));
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| format!("bad URL {url}"))?;
    request.headers().set("content-type", "application/json").map_err(|_| "bad header".to_string())?;
    if let Some(token) = CSRF_TOKEN.with(|t| t.borrow().clone()) {
        request.headers().set("x-csrf-token", &token).map_err(|_| "bad header".to_string())?;
    }
    send(request).await
}
