// expect: pass
// prints: "trace: A.entry raise:R A.exit with:R(9) B.entry(9) B.do:Q(1) B.exit C.entry C.exit null D.entry"
// One machine records every step of a sequence mixing a raise from an entry, a goto with a `with`
// function, payload delivery, a deferred event released by a transition, a goto from a do handler and
// an `on null` handler.
event R: int;
event Q: int;
machine Main {
  var t: string;
  start state A {
    defer Q;
    entry {
      t = "A.entry";
      send this, Q, 1;
      t = t + " raise:R";
      raise R, 9;
    }
    exit { t = t + " A.exit"; }
    on R goto B with (v: int) { t = t + format(" with:R({0})", v); }
  }
  state B {
    entry (v: int) { t = t + format(" B.entry({0})", v); }
    exit { t = t + " B.exit"; }
    on Q do (n: int) { t = t + format(" B.do:Q({0})", n); goto C; }
  }
  state C {
    entry { t = t + " C.entry"; }
    exit { t = t + " C.exit"; }
    on null goto D with { t = t + " null"; }
  }
  state D {
    entry {
      t = t + " D.entry";
      print format("trace: {0}", t);
    }
  }
}
