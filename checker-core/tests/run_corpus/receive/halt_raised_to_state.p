// expect: bug assertion "state handled the halt"
// A halt that reaches a receive without `case halt` is raised in the state, whose halt handler runs.
event Never;
machine Main {
  start state Init {
    entry {
      var w: machine;
      w = new Waiter();
      send w, halt;
    }
  }
}
machine Waiter {
  start state Wait {
    entry {
      receive { case Never: { } }
    }
    on halt goto Handled;
  }
  state Handled {
    entry { assert false, "state handled the halt"; }
  }
}
