// expect: rejected
// `as` needs one type assignable to the other; int and string are unrelated.
machine Main {
  var s: string;
  start state S {
    entry {
      s = 5 as string; // error: int cannot be cast to string
    }
  }
}
