// expect: rejected
// A missing `;` between two statements on one line is a syntax error on that line.
machine Main {
  var a: int;
  var b: int;
  start state S {
    entry {
      a = 1 b = 2; // error: `;` expected before `b`
    }
  }
}
