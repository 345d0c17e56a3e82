// expect: rejected
// A machine's receives and sends lists must name declared events.
event eKnown;
machine Main receives eKnown, eTypo; { // error: unknown event eTypo
  start state S { ignore eKnown; }
}
