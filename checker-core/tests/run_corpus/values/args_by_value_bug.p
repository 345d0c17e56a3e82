// expect: bug assertion "caller sees callee's write"
// Believing a callee can update the caller's map is wrong: maps are passed by value.
fun Bump(m: map[string, int]) {
  m["hits"] = m["hits"] + 1;
}
machine Main {
  var counts: map[string, int];
  start state Init {
    entry {
      counts["hits"] = 0;
      Bump(counts);
      assert counts["hits"] == 1, "caller sees callee's write";
    }
  }
}
