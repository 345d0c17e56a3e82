// expect: rejected
// The payload of `send`/`raise`/`announce` must match the event payload type, and a payload-carrying event needs one.
event eAmount : int;
event eNothing;
machine Main {
  start state S {
    entry {
      send this, eAmount, "ten"; // error: string payload for an int event
      raise eAmount; // error: payload missing
      announce eNothing, 3; // error: eNothing has no payload
    }
    on eAmount, eNothing do { }
  }
}
