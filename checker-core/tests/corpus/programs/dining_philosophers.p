// expect: accepted
// Dining philosophers with fork machines acquired through blocking `receive`, ordered acquisition to avoid deadlock, and a spec that neighbours never eat at the same time.
// tests: DefaultImpl
event eTake : Philosopher;
event eGranted;
event eRelease;
event eStartEating : int;
event eStopEating : int;
machine Fork {
  var holder: Philosopher;
  var busy: bool;
  var waiting: seq[Philosopher];
  start state Available {
    on eTake do (p: Philosopher) {
      if (busy) {
        waiting += (sizeof(waiting), p);
      } else {
        busy = true;
        holder = p;
        send p, eGranted;
      }
    }
    on eRelease do {
      busy = false;
      if (sizeof(waiting) > 0) {
        holder = waiting[0];
        waiting -= 0;
        busy = true;
        send holder, eGranted;
      }
    }
  }
}
machine Philosopher {
  var first: Fork;
  var second: Fork;
  var seat: int;
  var meals: int;
  fun Acquire(f: Fork) {
    send f, eTake, this;
    receive { case eGranted: { } }
  }
  start state Thinking {
    entry (cfg: (seat: int, first: Fork, second: Fork)) {
      seat = cfg.seat;
      first = cfg.first;
      second = cfg.second;
      goto Hungry;
    }
  }
  state Hungry {
    entry {
      Acquire(first);
      Acquire(second);
      announce eStartEating, seat;
      meals = meals + 1;
      announce eStopEating, seat;
      send first, eRelease;
      send second, eRelease;
      if (meals < 2) { goto Hungry; }
    }
  }
}
spec NeighboursDoNotShare observes eStartEating, eStopEating {
  var eating: set[int];
  var seats: int;
  start state Watch {
    entry { seats = 3; }
    on eStartEating do (s: int) {
      assert !(((s + 1) % seats) in eating) && !(((s + seats - 1) % seats) in eating), "neighbours eat together";
      eating += (s);
    }
    on eStopEating do (s: int) { eating -= s; }
  }
}
machine Main {
  start state Table {
    entry {
      var forks: seq[Fork];
      var i: int;
      while (i < 3) { forks += (i, new Fork()); i = i + 1; }
      new Philosopher((seat = 0, first = forks[0], second = forks[1]));
      new Philosopher((seat = 1, first = forks[1], second = forks[2]));
      new Philosopher((seat = 2, first = forks[0], second = forks[2]));
    }
  }
}
