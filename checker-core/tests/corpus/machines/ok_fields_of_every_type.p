// expect: accepted
// Machine fields of every kind of type start at their defaults and can be updated in handlers.
// tests: DefaultImpl
enum Light { RED, GREEN }
type tRec = (a: int, b: string);
event eTouch;
machine Main {
  var b: bool;
  var i: int;
  var f: float;
  var s: string;
  var e: event;
  var m: machine;
  var a: any;
  var d: data;
  var l: Light;
  var r: tRec;
  var t: (int, bool);
  var q: seq[tRec];
  var st: set[Light];
  var mp: map[string, seq[float]];
  var me: Main;
  start state S {
    entry {
      b = !b; i = i + 1; f = f + 1.0; s = s + "x"; e = eTouch; m = this; a = s; d = i;
      l = GREEN; r.a = 2; t.1 = true; q += (0, r); st += (l); mp["k"] = default(seq[float]); me = this;
    }
  }
}
