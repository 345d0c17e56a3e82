// expect: bug runtime_error "not present"
// When the assertion does fail, its message is evaluated, and evaluating it can itself fail.
machine Main {
  var m: map[int, string];
  start state S {
    entry {
      m[1] = "one";
      assert sizeof(m) == 0, format("unexpected entry {0}", m[99]);
    }
  }
}
