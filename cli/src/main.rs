//! `plait`: the command line front of the checker.
fn main() {}
