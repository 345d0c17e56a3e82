//! Plait's server: the web app (the playground) and the course platform's JSON API over SQLite or
//! PostgreSQL, with labs loaded from `labs/` and submissions graded by workers taking jobs from the database.

pub mod app;
pub mod auth;
pub mod config;
pub mod db;
pub mod error;
pub mod grading;
pub mod ids;
pub mod json;
pub mod labs;
pub mod queue;
pub mod routes;
pub mod worker;
