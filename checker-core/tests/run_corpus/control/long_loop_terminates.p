// expect: pass
// schedules: 1
// prints: "total 2999997"
// A handler may compute as long as it likes between scheduling points: a loop of a million iterations
// terminates, and P runs it to the end (there is no step budget inside a handler).
machine Main {
  var total: int;
  start state S {
    entry {
      var i: int;
      while (i < 1000000) {
        total = total + i % 7;
        i = i + 1;
      }
      print format("total {0}", total);
    }
  }
}
