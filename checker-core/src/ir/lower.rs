//! Lowering a checked program into the executable form.
