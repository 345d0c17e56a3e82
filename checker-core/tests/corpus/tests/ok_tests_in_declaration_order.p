// expect: accepted
// Test cases are listed in declaration order (not sorted), and a program with tests gets no implicit DefaultImpl even if it has a machine named Main.
// tests: tcZeta, tcAlpha, tcMiddle
machine Main {
  start state S { }
}
machine Other {
  start state O { }
}
test tcZeta [main=Main]: { Main };
test tcAlpha [main=Other]: { Other };
test tcMiddle [main=Main]: { Main, Other };
