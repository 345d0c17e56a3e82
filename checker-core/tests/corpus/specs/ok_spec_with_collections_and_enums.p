// expect: accepted
// Monitors keep rich state: maps keyed by machines, enums, sets, and they may compare machine references they received.
// tests: DefaultImpl
enum tLock { FREE, HELD }
event eAcquired : machine;
event eReleased : machine;
spec LockTable observes eAcquired, eReleased {
  var state_: map[machine, tLock];
  var holders: set[machine];
  start state Track {
    on eAcquired do (m: machine) {
      assert !(m in holders), "acquired twice";
      holders += (m);
      state_[m] = HELD;
    }
    on eReleased do (m: machine) {
      assert m in state_ && state_[m] == HELD;
      holders -= m;
      state_[m] = FREE;
    }
  }
}
machine Main {
  start state S { entry { announce eAcquired, this; announce eReleased, this; } }
}
