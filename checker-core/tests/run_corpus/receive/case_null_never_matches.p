// expect: bug deadlock
// `case null` never matches anything: the machine waits forever.
machine Main {
  start state Init {
    entry {
      receive {
        case null: { print "got the default event"; }
      }
    }
  }
}
