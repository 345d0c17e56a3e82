// expect: pass
// choose over a seq gives an element, over a set an element, over a map a key.
machine Main {
  var xs: seq[int];
  var s: set[string];
  var m: map[string, int];
  var i: int;
  var k: string;
  start state S {
    entry {
      xs += (0, 10); xs += (1, 20); xs += (2, 30);
      s += ("a"); s += ("b");
      m["x"] = 1; m["y"] = 2;
      while (i < 10) {
        assert choose(xs) in xs;
        assert choose(s) in s;
        k = choose(m);
        assert k == "x" || k == "y", "choose(map) returns a key";
        i = i + 1;
      }
    }
  }
}
