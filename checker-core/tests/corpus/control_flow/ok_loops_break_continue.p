// expect: accepted
// `break` and `continue` inside while and foreach loops, including nested loops and loops inside receive cases.
// tests: DefaultImpl
event eVal : int;
machine Main {
  var xs: seq[int];
  var x: int;
  var i: int;
  start state S {
    entry {
      while (true) {
        i = i + 1;
        if (i % 2 == 0) { continue; }
        if (i > 9) { break; }
        foreach (x in xs) {
          if (x == i) { break; }
          while (x > 0) { x = x - 1; if (x == 3) { continue; } }
        }
      }
    }
    on eVal do (v: int) {
      while (v > 0) {
        v = v - 1;
        if (v == 1) { break; }
      }
    }
  }
}
