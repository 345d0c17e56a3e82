// expect: pass
// prints: "defaults: 0 0 False  0 0"
// Fields and locals start at default(T).
enum Shade { Dark = 3, Light = 1 }
machine Main {
  var i: int;
  var f: float;
  var b: bool;
  var s: string;
  var e: event;
  var m: machine;
  var a: any;
  var sq: seq[int];
  var st: set[string];
  var mp: map[int, bool];
  var t: (int, (bool, string));
  var nt: (x: float, y: seq[int]);
  var sh: Shade;
  start state Init {
    entry {
      var local: int;
      var lt: (int, bool);
      assert i == 0 && f == 0.0 && b == false && s == "";
      assert e == null && m == null && a == null;
      assert sizeof(sq) == 0 && sizeof(st) == 0 && sizeof(mp) == 0;
      assert t.0 == 0 && t.1.0 == false && t.1.1 == "";
      assert nt.x == 0.0 && sizeof(nt.y) == 0;
      assert sh == Light, "enum default is its smallest value";
      assert local == 0 && lt == (0, false);
      assert default((int, bool)) == lt;
      print format("defaults: {0} {1} {2} {3} {4} {5}", i, sizeof(sq), b, s, local, sizeof(mp));
    }
  }
}
