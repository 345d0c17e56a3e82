// expect: bug runtime_error "empty"
// Choosing from an empty map is an error.
machine Main {
  var m: map[int, string];
  var k: int;
  start state S {
    entry {
      m[3] = "c";
      m -= 3;
      k = choose(m);
    }
  }
}
