// expect: accepted
// Seq insertion at the front, in the middle and at the end (index == size), and map insert of a new key next to upsert by index.
// tests: DefaultImpl
machine Main {
  var xs: seq[int];
  var m: map[string, int];
  start state S {
    entry {
      xs += (0, 2);
      xs += (0, 1);
      xs += (sizeof(xs), 4);
      xs += (2, 3);
      assert xs[0] == 1 && xs[3] == 4;
      m += ("new", 1);
      m["new"] = 2;
      m["other"] = 3;
      m -= "missing";
      xs -= sizeof(xs) - 1;
    }
  }
}
