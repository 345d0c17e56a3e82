//! The runtime: P values, machines, inboxes and the step semantics the explorer drives.

pub mod bug;
pub mod coverage;
pub mod faults;
pub mod log;
pub mod machine;
pub mod ops;
pub mod system;
pub mod value;
