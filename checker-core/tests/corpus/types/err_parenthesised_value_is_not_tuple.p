// expect: rejected
// `(5)` is just 5 in parentheses; a one-element tuple value is written `(5,)`.
machine Main {
  var single: (int);
  start state S {
    entry {
      single = (5,);
      single = (5); // error: int is not (int)
    }
  }
}
