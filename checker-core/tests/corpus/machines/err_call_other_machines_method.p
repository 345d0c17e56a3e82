// expect: rejected
// Methods belong to their machine; another machine cannot call them.
machine Helper {
  fun Assist(): int { return 1; }
  start state H { }
}
machine Main {
  var n: int;
  start state S {
    entry { n = Assist(); } // error: `Assist` is a method of Helper
  }
}
