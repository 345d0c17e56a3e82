// expect: bug illegal_action "sends"
// A machine with a `sends` list may only send those events (checked when the send runs).
event Allowed;
event Forbidden;
machine Main sends Allowed; {
  var ev: event;
  start state S {
    entry {
      send this, Allowed;
      ev = Forbidden;
      send this, ev;
    }
    on Allowed, Forbidden do { }
  }
}
