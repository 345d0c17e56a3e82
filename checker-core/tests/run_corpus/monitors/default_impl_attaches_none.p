// expect: pass
// Without test declarations the program runs as DefaultImpl, which attaches no spec monitors:
// this monitor never starts and never observes anything.
event Ping;
spec Grumpy observes Ping {
  start state Boot {
    entry { assert false, "a spec ran under DefaultImpl"; }
    on Ping do { assert false; }
  }
}
machine Main {
  start state Init {
    entry { send this, Ping; announce Ping; }
    on Ping do { }
  }
}
