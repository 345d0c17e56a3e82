// expect: rejected
// Reading a field that a named tuple does not have (MissingNamedTupleEntry).
machine Main {
  var acct: (id: int, balance: int);
  var n: int;
  start state S {
    entry {
      n = acct.owner; // error: no field `owner`
    }
  }
}
