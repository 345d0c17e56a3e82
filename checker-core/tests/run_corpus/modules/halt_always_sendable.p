// expect: pass
// prints: "polite received"
// halt can be sent to any machine, whatever its receives list says.
event Polite;
machine Listener receives Polite; {
  start state L { on Polite do { print "polite received"; } }
}
machine Main sends Polite; {
  start state S {
    entry {
      var l: Listener;
      l = new Listener();
      send l, Polite;
      send l, halt;
    }
  }
}
