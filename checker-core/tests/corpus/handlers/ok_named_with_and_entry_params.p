// expect: accepted
// Named functions as `with` transition functions and as entries that take the payload, reused in several states.
// tests: DefaultImpl
event eGo : int;
machine Main {
  var seen: seq[int];
  fun Record(n: int) { seen += (sizeof(seen), n); }
  fun Arrive(n: int) { assert n in seen; }
  start state A {
    on eGo goto B with Record;
  }
  state B {
    entry Arrive;
    on eGo goto C with Record;
  }
  state C {
    entry Arrive;
    on eGo goto A with Record;
  }
}
