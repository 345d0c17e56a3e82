// expect: rejected
// `==` requires one operand type to be assignable to the other; int and string are incomparable (IncomparableTypes).
machine Main {
  var same: bool;
  start state S {
    entry {
      same = 1 == "1"; // error: int vs string
    }
  }
}
