// expect: rejected
// Named entry, exit and do handlers must name a method of the machine.
event eGo;
machine Main {
  start state S {
    entry Initialise; // error: no function `Initialise`
    on eGo do Handle; // error: no function `Handle`
  }
}
