// expect: bug deadlock "waiting to receive"
// A machine blocked in receive with nothing left to run is a deadlock.
event Query: machine;
event Reply;
machine Main {
  start state Init {
    entry {
      var s: machine;
      s = new Silent();
      send s, Query, this;
      receive {
        case Reply: { }
      }
    }
  }
}
machine Silent {
  start state Up {
    on Query do (m: machine) { print "dropping the query"; }
  }
}
