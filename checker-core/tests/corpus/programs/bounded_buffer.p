// expect: accepted
// A bounded buffer between a producer and a consumer using `receive` for blocking acknowledgements, `defer` while full, and `on null` to finish when idle.
// tests: DefaultImpl
event ePut : int;
event eTake : Consumer;
event eItem : int;
event eSpace;
event eNoMore;
machine Buffer {
  var items: seq[int];
  var capacity: int;
  var producer: Producer;
  start state Init {
    entry (cfg: (capacity: int, producer: Producer)) {
      capacity = cfg.capacity;
      producer = cfg.producer;
      goto Open;
    }
  }
  state Open {
    on ePut do (v: int) {
      items += (sizeof(items), v);
      send producer, eSpace;
      if (sizeof(items) == capacity) { goto Full; }
    }
    on eTake do (c: Consumer) { Serve(c); }
  }
  state Full {
    defer ePut;
    on eTake goto Open with (c: Consumer) { Serve(c); }
  }
  fun Serve(c: Consumer) {
    if (sizeof(items) == 0) {
      send c, eNoMore;
    } else {
      send c, eItem, items[0];
      items -= 0;
    }
  }
}
machine Producer {
  var buffer: Buffer;
  var produced: int;
  start state Produce {
    entry {
      buffer = new Buffer((capacity = 2, producer = this));
      new Consumer(buffer);
      while (produced < 4) {
        send buffer, ePut, produced;
        produced = produced + 1;
        receive {
          case eSpace: { }
        }
      }
    }
  }
}
machine Consumer {
  var buffer: Buffer;
  var total: int;
  start state Init {
    entry (b: Buffer) { buffer = b; goto Consume; }
  }
  state Consume {
    entry { send buffer, eTake, this; }
    on eItem do (v: int) { total = total + v; send buffer, eTake, this; }
    on eNoMore goto Waiting;
  }
  state Waiting {
    on null goto Consume;
    ignore eItem, eNoMore;
  }
}
machine Main {
  start state S { entry { new Producer(); } }
}
