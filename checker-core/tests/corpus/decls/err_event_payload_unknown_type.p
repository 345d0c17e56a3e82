// expect: rejected
// An event payload type must resolve like any other type.
event eOrder : tOrder; // error: unknown type tOrder
machine Main {
  start state S { }
}
