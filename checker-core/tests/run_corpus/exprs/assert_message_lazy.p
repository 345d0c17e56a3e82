// expect: pass
// prints: "message never built"
// An assertion's message is only evaluated when the assertion fails: a message that would read a
// missing key costs nothing while the condition holds.
machine Main {
  var m: map[int, string];
  var zero: int;
  start state S {
    entry {
      assert sizeof(m) == 0, format("unexpected entry {0}", m[99]);
      assert zero == 0, format("ratio {0}", 10 / zero);
      print "message never built";
    }
  }
}
