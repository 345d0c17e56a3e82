// expect: accepted
// Functions with many parameters of mixed types, called with matching arguments.
// tests: DefaultImpl
fun Pack(a: int, b: bool, c: string, d: float, e: seq[int], f: (x: int, y: int), g: any, h: machine): string {
  return format("{0}{1}{2}{3}{4}{5}{6}{7}", a, b, c, d, e, f, g, h);
}
machine Main {
  start state S {
    entry { print Pack(1, true, "c", 1.5, default(seq[int]), (x = 1, y = 2), null, this); }
  }
}
