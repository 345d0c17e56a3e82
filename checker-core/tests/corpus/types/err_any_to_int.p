// expect: rejected
// A value of type `any` must be cast with `as` before it is used as an int.
machine Main {
  var box: any;
  var n: int;
  start state S {
    entry {
      box = 3;
      n = box as int;
      n = box; // error: any into int
    }
  }
}
