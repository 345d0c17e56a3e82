// expect: bug runtime_error "not present"
// choose(m) gives a key: using it as if it were a value reads a missing key.
machine Main {
  var m: map[int, int];
  start state S {
    entry {
      m[1] = 100;
      m[2] = 200;
      print format("{0}", m[m[choose(m)]]);
    }
  }
}
