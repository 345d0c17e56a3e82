// expect: static-error
// A format string's placeholders must match its arguments.
machine Main {
  start state S { entry { print format("{0} and {1}", 1); } }
}
