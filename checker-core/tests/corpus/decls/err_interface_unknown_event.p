// expect: rejected
// An interface's receives list must name declared events.
event eKnown;
interface IThing() receives eKnown, eUnknown; // error: unknown event eUnknown
machine Main {
  start state S { }
}
