// expect: accepted
// if / else-if chains, dangling else binding to the nearest if, and single-statement branches without braces.
// tests: DefaultImpl
fun Grade(score: int): string {
  if (score >= 90) return "A";
  else if (score >= 80) return "B";
  else if (score >= 70) { return "C"; }
  else return "F";
}
machine Main {
  var x: int;
  start state S {
    entry {
      if (x == 0) if (x > 5) x = 1; else x = 2;
      assert x == 2;
      assert Grade(85) == "B";
    }
  }
}
