// expect: rejected
// Seq insert needs an int index and a value of the element type; map insert needs key and value types.
machine Main {
  var xs: seq[string];
  var m: map[int, bool];
  start state S {
    entry {
      xs += ("0", "a"); // error: index must be int
      m += (1, 2); // error: value must be bool
    }
  }
}
