// expect: pass
// Machine references compare by identity; copies of a reference denote the same machine.
machine Main {
  var a: machine;
  var b: machine;
  var c: machine;
  var group: set[machine];
  start state S {
    entry {
      a = new Peer();
      b = new Peer();
      c = a;
      assert a == c && a != b && this != a;
      group += (a);
      group += (c);
      group += (b);
      assert sizeof(group) == 2 && b in group && !(this in group);
    }
  }
}
machine Peer { start state P { } }
