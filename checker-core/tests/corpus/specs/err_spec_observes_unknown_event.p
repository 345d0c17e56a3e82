// expect: rejected
// The observes list must name declared events.
event eReal;
spec Confused observes eReal, eImaginary { // error: unknown event eImaginary
  start state S { }
}
machine Main {
  start state S { }
}
