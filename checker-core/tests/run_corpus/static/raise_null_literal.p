// expect: static-error
// The null event cannot be raised or sent literally.
machine Main {
  start state S { entry { raise null; } }
}
