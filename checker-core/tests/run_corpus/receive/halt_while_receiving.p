// expect: pass
// A halt sent to a machine blocked in receive (with no `case halt`) halts it: no deadlock, no bug.
event Never;
machine Main {
  start state Init {
    entry {
      var w: machine;
      w = new Stuck();
      send w, halt;
    }
  }
}
machine Stuck {
  start state Wait {
    entry {
      receive { case Never: { } }
      assert false, "resumed after halt";
    }
  }
}
