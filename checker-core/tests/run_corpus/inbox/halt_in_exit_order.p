// expect: pass
// prints: "exit before halting"
// An unhandled halt runs the state's exit function before the machine halts.
machine Main {
  start state Only {
    entry { send this, halt; }
    exit { print "exit before halting"; }
  }
}
