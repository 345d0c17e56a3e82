// expect: accepted
// `data` holds any machine-free value: primitives, tuples, collections of them, enums and events, and `as` casts them back.
// tests: DefaultImpl
enum Kind { SMALL, LARGE }
event eX;
machine Main {
  var d: data;
  var n: int;
  start state S {
    entry {
      d = 1;
      n = d as int;
      d = (1, "a", true);
      d = default(map[string, seq[int]]);
      d = SMALL;
      d = eX;
      d = default(set[(int, float)]);
    }
  }
}
