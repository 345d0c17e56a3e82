//! P project files (`.pproj`): which files and included projects make up a program.
