//! One module per page.

pub mod course;
pub mod courses;
pub mod grades;
pub mod lab;
pub mod playground;
pub mod sign_in;
