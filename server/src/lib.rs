//! Plait's server: serves the built web app (the playground) with a health endpoint.

pub mod app;
pub mod config;
