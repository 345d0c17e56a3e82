// expect: rejected
// Casts bind more loosely than `+`: `1 + box as int` is `(1 + box) as int`, and int + any is a type error.
machine Main {
  var box: any;
  var n: int;
  start state S {
    entry {
      box = 1;
      n = (box as int) + 1;
      n = 1 + box as int; // error: 1 + box is int + any
    }
  }
}
