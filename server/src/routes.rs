//! The JSON API's handlers, one module per resource.

pub mod auth;
pub mod courses;
pub mod grades;
pub mod health;
pub mod labs;
pub mod share;
