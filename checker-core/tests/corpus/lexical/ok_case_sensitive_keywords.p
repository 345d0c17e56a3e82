// expect: accepted
// Keywords are lowercase and case-sensitive: `Machine`, `State`, `Send`, `True`, `Null` and `Int` are ordinary identifiers.
// tests: DefaultImpl
type Int = int;
event Send;
machine Machine {
  var True: bool;
  var Null: Int;
  start state State {
    entry { True = false; Null = 0; }
    on Send do { }
  }
}
machine Main {
  start state S { entry { send new Machine(), Send; } }
}
