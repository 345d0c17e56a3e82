// expect: rejected
// Monitors cannot announce, create machines or receive (IllegalMonitorOperation), each reported.
event eSeen;
event eOther;
machine Helper {
  start state H { }
}
spec Busy observes eSeen {
  start state S {
    on eSeen do {
      announce eOther; // error: announce in a spec
      new Helper(); // error: new in a spec
      receive { case eOther: { } } // error: receive in a spec
    }
  }
}
machine Main {
  start state S { }
}
