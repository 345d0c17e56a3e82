//! Who is signed in: loaded once from `/api/auth/me`, shared through context.

use leptos::prelude::*;
use serde_json::Value;

use crate::http;

#[derive(Clone, Debug, PartialEq)]
pub struct Me {
    pub id: String,
    pub name: String,
    pub email: String,
    pub is_instructor: bool,
}

#[derive(Clone, Copy)]
pub struct SessionState {
    pub me: RwSignal<Option<Me>>,
    /// The first `/api/auth/me` has answered.
    pub loaded: RwSignal<bool>,
}

impl SessionState {
    pub fn new() -> SessionState {
        let state = SessionState { me: RwSignal::new(None), loaded: RwSignal::new(false) };
        leptos::task::spawn_local(async move {
            if let Ok(reply) = http::get_json("/api/auth/me").await {
                if !reply["user"].is_null() {
                    state.signed_in(&reply);
                }
            }
            state.loaded.set(true);
        });
        state
    }

    /// Takes a sign-in's answer (`{user, csrf_token}`).
    pub fn signed_in(&self, reply: &Value) {
        http::set_csrf_token(reply["csrf_token"].as_str().map(str::to_string));
        let user = &reply["user"];
        self.me.set(Some(Me {
            id: user["id"].as_str().unwrap_or_default().into(),
            name: user["name"].as_str().unwrap_or_default().into(),
            email: user["email"].as_str().unwrap_or_default().into(),
            is_instructor: user["is_instructor"].as_bool().unwrap_or(false),
        }));
    }

    pub fn signed_out(&self) {
        http::set_csrf_token(None);
        self.me.set(None);
    }
}

impl Default for SessionState {
    fn default() -> Self {
        Self::new()
    }
}
