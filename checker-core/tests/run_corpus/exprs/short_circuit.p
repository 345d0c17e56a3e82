// expect: pass
// && and || do not evaluate their right side when the left decides.
machine Main {
  var zero: int;
  var m: map[int, int];
  var calls: int;
  start state Init {
    entry {
      assert !(false && 10 / zero == 1);
      assert true || m[42] == 0;
      assert !(zero != 0 && 5 % zero == 0);
      if (sizeof(m) > 0 && m[0] == 1) { assert false; }
      if (Tick() || Tick()) { }
      assert calls == 1;
      if (!Tick() && Tick()) { }
      assert calls == 2;
    }
  }
  fun Tick(): bool {
    calls = calls + 1;
    return true;
  }
}
