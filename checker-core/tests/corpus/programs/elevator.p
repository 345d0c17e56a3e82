// expect: accepted
// An elevator controller with an enum of door states, floor requests queued in a seq, a door timer, and a safety spec that the car never moves with the door open.
// tests: DefaultImpl
enum tDoor { DOOR_CLOSED, DOOR_OPENING, DOOR_OPEN, DOOR_CLOSING }
event eCall : int;
event eArrived : int;
event eDoorOpened;
event eDoorClosed;
event eMoving : int;
event eDoorStateChanged : tDoor;
machine Elevator {
  var floor: int;
  var queue: seq[int];
  var door: tDoor;
  fun SetDoor(d: tDoor) { door = d; announce eDoorStateChanged, d; }
  start state Idle {
    entry { SetDoor(DOOR_CLOSED); if (sizeof(queue) > 0) { goto Moving; } }
    on eCall do (f: int) { Enqueue(f); goto Moving; }
  }
  state Moving {
    entry {
      var target: int;
      if (sizeof(queue) == 0) { goto Idle; }
      target = queue[0];
      queue -= 0;
      announce eMoving, target;
      floor = target;
      send this, eArrived, target;
    }
    on eCall do (f: int) { Enqueue(f); }
    on eArrived goto DoorsOpen;
  }
  state DoorsOpen {
    entry (f: int) {
      SetDoor(DOOR_OPENING);
      SetDoor(DOOR_OPEN);
      send this, eDoorOpened;
    }
    on eDoorOpened do {
      SetDoor(DOOR_CLOSING);
      SetDoor(DOOR_CLOSED);
      send this, eDoorClosed;
    }
    on eDoorClosed goto Idle;
    defer eCall;
  }
  fun Enqueue(f: int) {
    if (!(f in queue) && f != floor) { queue += (sizeof(queue), f); }
  }
}
spec ClosedWhileMoving observes eDoorStateChanged, eMoving {
  var door: tDoor;
  start state Watch {
    on eDoorStateChanged do (d: tDoor) { door = d; }
    on eMoving do (f: int) { assert door == DOOR_CLOSED, format("moving to {0} with door state {1}", f, door); }
  }
}
machine Main {
  start state S {
    entry {
      var e: Elevator;
      e = new Elevator();
      send e, eCall, 3;
      send e, eCall, 1;
      send e, eCall, 3;
    }
  }
}
