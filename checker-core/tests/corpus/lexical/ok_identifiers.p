// expect: accepted
// Identifiers: letters, digits and underscores, case-sensitive, and keyword prefixes (`entryCount`, `onward`, `state_`) are plain names.
// tests: DefaultImpl
event ping;
event Ping;
event _private_evt;
machine Main {
  var entryCount: int;
  var onward: bool;
  var state_: int;
  var x1_y2: int;
  var _: int;
  start state S0 {
    entry {
      entryCount = 1;
      onward = true;
      state_ = 2;
      x1_y2 = entryCount + state_;
      _ = x1_y2;
    }
    on ping do { entryCount = entryCount + 1; }
    on Ping do { entryCount = entryCount + 2; }
    on _private_evt do { onward = false; }
  }
}
