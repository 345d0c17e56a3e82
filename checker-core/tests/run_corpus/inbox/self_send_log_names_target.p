// expect: pass
// log: "sent event 'Nudge' to 'Main(1)'"
// log: "sent event 'Nudge' to 'Peer(2)'"
// The send log names the target machine with its id, also when a machine sends to itself.
event Nudge;
spec Quiet observes Nudge {
  start state Q { ignore Nudge; }
}
machine Main {
  start state S {
    entry {
      var p: machine;
      p = new Peer();
      send this, Nudge;
      send p, Nudge;
    }
    on Nudge do { }
  }
}
machine Peer { start state P { on Nudge do { } } }
test tcLog [main=Main]: assert Quiet in { Main, Peer };
