// expect: pass
// schedules: 500
// prints: "consumed 6 items"
// A producer and a consumer share a buffer of capacity 2 managed by a buffer machine: the producer waits
// for a credit before each put. Specs: the buffer never holds more than 2 items (safety), and every
// produced item is eventually consumed (liveness, hot while items are outstanding).
event Put: int;
event Credit;
event Take: machine;
event Item: int;
event Produced: int;
event Consumed: int;
event Level: int;

machine Buffer {
  var items: seq[int];
  var producer: machine;
  var waitingConsumer: machine;
  start state Unattached {
    defer Put, Take;
    on Attach goto Run with (p: machine) {
      producer = p;
      send producer, Credit;
      send producer, Credit;
    }
  }
  state Run {
    on Put do (v: int) {
      if (waitingConsumer != null) {
        send waitingConsumer, Item, v;
        waitingConsumer = null;
        send producer, Credit;
      } else {
        items += (sizeof(items), v);
        announce Level, sizeof(items);
      }
    }
    on Take do (c: machine) {
      if (sizeof(items) > 0) {
        send c, Item, items[0];
        items -= 0;
        announce Level, sizeof(items);
        send producer, Credit;
      } else {
        waitingConsumer = c;
      }
    }
  }
}

machine Producer {
  var buf: machine;
  var next: int;
  start state Make {
    entry (b: machine) { buf = b; }
    on Credit do {
      if (next < 6) {
        announce Produced, next;
        send buf, Put, next;
        next = next + 1;
      }
    }
  }
}

machine Consumer {
  start state Eat {
    entry (buf: machine) {
      var n: int;
      while (n < 6) {
        send buf, Take, this;
        receive { case Item: (v: int) { announce Consumed, v; assert v == n, "items out of order"; } }
        n = n + 1;
      }
      print format("consumed {0} items", n);
    }
  }
}

machine BufferMain {
  start state Init {
    entry {
      var b: machine;
      var p: machine;
      b = new Buffer();
      p = new Producer(b);
      new Consumer(b);
      send b, Attach, p;
    }
  }
}
event Attach: machine;

spec Capacity observes Level {
  start state Watch {
    on Level do (n: int) { assert n <= 2, format("buffer holds {0} items", n); }
  }
}

spec AllConsumed observes Produced, Consumed {
  var outstanding: int;
  start cold state Empty {
    on Produced goto Busy with { outstanding = outstanding + 1; }
    on Consumed do { assert false, "consumed before produced"; }
  }
  hot state Busy {
    on Produced do { outstanding = outstanding + 1; }
    on Consumed do {
      outstanding = outstanding - 1;
      if (outstanding == 0) { goto Empty; }
    }
  }
}

test tcBuffer [main=BufferMain]: assert Capacity, AllConsumed in { BufferMain, Producer, Buffer, Consumer };
