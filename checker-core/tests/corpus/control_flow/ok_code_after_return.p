// expect: accepted
// Statements after `return`, `raise` or `goto` are unreachable but legal: P performs no reachability check.
// tests: DefaultImpl
event eSkip;
fun Early(): int {
  return 1;
  return 2;
}
machine Main {
  var n: int;
  start state S {
    entry {
      n = Early();
      goto T;
      n = 0;
    }
  }
  state T {
    entry {
      raise eSkip;
      n = 3;
    }
    ignore eSkip;
  }
}
