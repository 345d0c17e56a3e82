// expect: pass
// Equality through any: null equals null, values of different kinds differ, events compare by name.
event Knock;
event Ring;
machine Main {
  var a: any;
  var b: any;
  var e1: event;
  var e2: event;
  start state Init {
    entry {
      assert a == b, "null == null";
      a = 1;
      b = 1.0;
      assert a != b, "int 1 and float 1.0 are different";
      b = true;
      assert a != b;
      b = 1;
      assert a == b;
      a = (1, (2, "x"));
      b = (1, (2, "x"));
      assert a == b, "deep equality";
      e1 = Knock;
      e2 = Knock;
      assert e1 == e2 && e1 != Ring;
      a = Knock;
      assert a == e2 && a != 1;
    }
  }
}
