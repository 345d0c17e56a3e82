// expect: accepted
// Spec states may have entry and exit functions and named method handlers, like machine states.
// tests: DefaultImpl
event eOpen;
event eClose;
spec Balanced observes eOpen, eClose {
  var depth: int;
  fun Inc() { depth = depth + 1; }
  fun Dec() { depth = depth - 1; assert depth >= 0; }
  start state Outside {
    entry { assert depth == 0; }
    exit { }
    on eOpen goto Inside with Inc;
    on eClose do { assert false; }
  }
  state Inside {
    on eOpen do Inc;
    on eClose do { Dec(); if (depth == 0) { goto Outside; } }
  }
}
machine Main {
  start state S { entry { announce eOpen; announce eClose; } }
}
