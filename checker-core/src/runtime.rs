//! The runtime: P values, machines, inboxes and the step semantics the explorer drives.

pub mod ops;
pub mod value;
