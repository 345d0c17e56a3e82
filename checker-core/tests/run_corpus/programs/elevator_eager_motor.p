// expect: bug assertion "moving with the door open"
// schedules: 2000
// The controller starts the motor as soon as it has asked the door to close, without waiting for the
// door's confirmation: the motor can start while the door is still open.
event Call: int;
event DoorClosed;
event Arrived: int;
event CloseDoor: machine;
event MoveTo: (floor: int, ctl: machine);
event OpenDoor;
event MovingStarted;
event MovingStopped;
event DoorOpened;
event DoorShut;

machine Door {
  start state Open {
    on CloseDoor goto Closed with (ctl: machine) {
      announce DoorShut;
      send ctl, DoorClosed;
    }
    ignore OpenDoor;
  }
  state Closed {
    on OpenDoor goto Open with { announce DoorOpened; }
    on CloseDoor do (ctl: machine) { send ctl, DoorClosed; }
  }
}

machine Motor {
  start state Still {
    on MoveTo do (m: (floor: int, ctl: machine)) {
      announce MovingStarted;
      announce MovingStopped;
      send m.ctl, Arrived, m.floor;
    }
  }
}

machine Controller {
  var door: machine;
  var motor: machine;
  var target: int;
  var served: int;
  start state Idle {
    ignore DoorClosed;
    entry {
      if (door == null) {
        door = new Door();
        motor = new Motor();
        announce DoorOpened;
      }
    }
    on Call goto Moving with (f: int) { target = f; send door, CloseDoor, this; }
  }
  state Moving {
    defer Call;
    ignore DoorClosed;
    entry { send motor, MoveTo, (floor = target, ctl = this); }
    on Arrived goto Idle with (f: int) {
      assert f == target;
      send door, OpenDoor;
      served = served + 1;
      if (served == 3) { print format("elevator served {0} calls", served); }
    }
  }
}

machine Building {
  start state B {
    entry {
      var c: machine;
      var i: int;
      c = new Controller();
      while (i < 3) { send c, Call, choose(5); i = i + 1; }
    }
  }
}

spec DoorSafety observes MovingStarted, MovingStopped, DoorOpened, DoorShut {
  var doorOpen: bool;
  start state Stopped {
    entry { }
    on DoorOpened do { doorOpen = true; }
    on DoorShut do { doorOpen = false; }
    on MovingStarted goto Moving with { assert !doorOpen, "moving with the door open"; }
    on MovingStopped do { assert false, "stopped while not moving"; }
  }
  state Moving {
    on MovingStopped goto Stopped;
    on DoorOpened do { assert false, "door opened while moving"; }
    on DoorShut do { doorOpen = false; }
    on MovingStarted do { assert false, "started twice"; }
  }
}

test tcElevator [main=Building]: assert DoorSafety in { Building, Controller, Door, Motor };
