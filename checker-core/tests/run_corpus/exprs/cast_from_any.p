// expect: pass
// `as` recovers the value stored in an any of the right kind; collections cast without element checks.
type Pair = (int, string);
machine Main {
  var box: any;
  var n: int;
  var p: Pair;
  var loose: seq[any];
  var strict: seq[int];
  start state Init {
    entry {
      box = 41;
      n = (box as int) + 1;
      assert n == 42;
      box = (3, "c");
      p = box as Pair;
      assert p.1 == "c";
      box = "text";
      assert (box as string) == "text";
      loose += (0, 1);
      loose += (1, "not an int");
      strict = loose as seq[int];
      assert sizeof(strict) == 2, "no element-level check on collection casts";
      box = loose;
      assert sizeof(box as seq[int]) == 2;
    }
  }
}
