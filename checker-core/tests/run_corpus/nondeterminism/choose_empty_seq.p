// expect: bug runtime_error "empty"
// Choosing from an empty seq is an error.
machine Main {
  var xs: seq[int];
  start state S {
    entry {
      xs += (0, 1);
      assert choose(xs) == 1;
      xs -= 0;
      print format("{0}", choose(xs));
    }
  }
}
