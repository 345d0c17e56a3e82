// expect: bug illegal_action "null"
// Sending to a machine variable that was never set.
event Hey;
machine Main {
  var peer: machine;
  start state S {
    entry { send peer, Hey; }
  }
}
