// expect: rejected
// Monitors are deterministic: `$`, `$$` and `this` are illegal in them (ExprVisitor IllegalMonitorOperation).
event eSeen;
spec Random observes eSeen {
  var coin: bool;
  var me: machine;
  start state S {
    on eSeen do {
      coin = $; // error: $ in a spec
      coin = $$; // error: $$ in a spec
      me = this; // error: this in a spec
    }
  }
}
machine Main {
  start state S { }
}
