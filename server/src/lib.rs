//! Plait's server: the web app (the playground) and the course platform's JSON API over SQLite or PostgreSQL.

pub mod app;
pub mod auth;
pub mod config;
pub mod db;
pub mod error;
pub mod ids;
pub mod json;
pub mod routes;
