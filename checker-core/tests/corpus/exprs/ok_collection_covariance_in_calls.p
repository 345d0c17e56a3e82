// expect: accepted
// Collections are covariant copies: a seq[int] can be passed where seq[any] is expected, a map[int, Worker] where map[int, machine] is, and keys()/values() results flow into wider types.
// tests: DefaultImpl
machine Worker {
  start state W { }
}
fun Count(xs: seq[any]): int { return sizeof(xs); }
fun Owners(m: map[int, machine]): int { return sizeof(m); }
machine Main {
  var nums: seq[int];
  var crew: map[int, Worker];
  var anyKeys: seq[any];
  start state S {
    entry {
      nums += (0, 1);
      crew[1] = new Worker();
      assert Count(nums) == 1;
      assert Owners(crew) == 1;
      anyKeys = keys(crew);
      anyKeys = values(crew);
    }
  }
}
