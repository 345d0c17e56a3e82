// expect: accepted
// Global functions may send, announce, raise and create machines (they run on behalf of the calling machine); creates inferred through them close the module.
// tests: tcGlobals
event eNote : int;
machine Listener {
  start state L { ignore eNote; }
}
fun Spawn(): Listener { return new Listener(); }
fun Notify(l: Listener, n: int) { send l, eNote, n; announce eNote, n; }
fun Escalate() { raise eNote, 0; }
machine Caller {
  start state C {
    entry {
      var l: Listener;
      l = Spawn();
      Notify(l, 1);
      Escalate();
    }
    ignore eNote;
  }
}
test tcGlobals [main=Caller]: { Caller, Listener };
