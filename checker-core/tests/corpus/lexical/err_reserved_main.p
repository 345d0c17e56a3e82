// expect: rejected
// `main` is a keyword of the module system (PLexer.g4 MAIN), so it cannot name a machine.
machine main { // error: `main` is reserved
  start state S { }
}
