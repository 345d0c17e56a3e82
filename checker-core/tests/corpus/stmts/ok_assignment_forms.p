// expect: accepted
// Assignments copy values: whole collections, tuple fields, nested map/seq elements, and swapping through a temporary.
// tests: DefaultImpl
machine Main {
  var a: seq[int];
  var b: seq[int];
  var t: (x: int, y: int);
  var tmp: int;
  var m: map[int, map[int, int]];
  start state S {
    entry {
      a += (0, 1);
      b = a;
      b[0] = 2;
      assert a[0] == 1;
      t = (x = 1, y = 2);
      tmp = t.x;
      t.x = t.y;
      t.y = tmp;
      m[0] = default(map[int, int]);
      m[0][5] = 6;
      m[0][5] = m[0][5] + 1;
      m[0] -= 5;
    }
  }
}
