// expect: pass
// prints: "order W7FS"
// receive scans the whole inbox: it takes the first matching event and leaves the others queued, in order,
// for the state's handlers.
event First;
event Second;
event Wanted: int;
machine Main {
  var order: string;
  start state Run {
    entry {
      send this, First;
      send this, Wanted, 7;
      send this, Second;
      receive {
        case Wanted: (n: int) { order = order + format("W{0}", n); }
      }
    }
    on First do { order = order + "F"; }
    on Second do {
      order = order + "S";
      assert order == "W7FS", order;
        print format("order {0}", order);
    }
  }
}
