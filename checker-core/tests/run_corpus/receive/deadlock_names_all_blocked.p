// expect: bug deadlock "are waiting to receive an event"
// When several machines are blocked in receive, P's deadlock message names them all ("A and B are
// waiting to receive an event, ...").
event Never;
machine Main {
  start state Init {
    entry {
      new Stuck();
      receive { case Never: { } }
    }
  }
}
machine Stuck {
  start state W { entry { receive { case Never: { } } } }
}
