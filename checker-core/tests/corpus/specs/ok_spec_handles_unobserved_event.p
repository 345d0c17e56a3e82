// expect: accepted
// A spec handler for an event that is not in its observes list is only a warning in P (MachineChecker SpecObservesSetIncompleteWarning), not an error.
event eSeen;
event eNotObserved;
spec Lenient observes eSeen {
  start state S {
    on eSeen do { }
    on eNotObserved do { }
  }
}
machine Main {
  start state S { }
}
// tests: DefaultImpl
