// expect: static-error
// A spec attached to a module may only observe events that the module's machines can send; here the only
// machine declares a sends list without the observed event.
event Tick;
event Tock;
spec Clock observes Tick, Tock {
  start state C { on Tick, Tock do { } }
}
machine Ticker sends Tick; {
  start state T { entry { send this, Tick; } on Tick do { } }
}
test tcClock [main=Ticker]: assert Clock in { Ticker };
