// expect: rejected
// `print` takes a string (use format to print other values).
machine Main {
  var n: int;
  start state S {
    entry {
      print format("{0}", n);
      print n; // error: int is not a string
    }
  }
}
