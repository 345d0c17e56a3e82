// expect: pass
// Fields and indices of call results; recursion; nested calls.
type Reply = (ok: bool, items: seq[int]);
fun Build(n: int): Reply {
  var r: Reply;
  var i: int;
  while (i < n) { r.items += (i, i * i); i = i + 1; }
  r.ok = n > 0;
  return r;
}
fun Fact(n: int): int {
  if (n <= 1) { return 1; }
  return n * Fact(n - 1);
}
machine Main {
  start state Init {
    entry {
      assert Build(3).ok && !Build(0).ok;
      assert Build(4).items[3] == 9;
      assert sizeof(Build(5).items) == 5;
      assert Fact(Fact(3)) == 720;
    }
  }
}
