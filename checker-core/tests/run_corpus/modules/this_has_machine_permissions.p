// expect: pass
// prints: "put handled"
// `this` carries the permissions of the machine itself, not of the interface it was created through:
// the store hands out its own reference, and the reader may send it Put, which IReadOnly would forbid.
event Get;
event Put;
event Hello: machine;
interface IReadOnly(machine) receives Get;
machine Store receives Get, Put; {
  start state S {
    entry (reader: machine) { send reader, Hello, this; }
    on Get do { }
    on Put do { print "put handled"; }
  }
}
machine Reader {
  start state R {
    entry {
      var s: IReadOnly;
      s = new IReadOnly(this);
      send s, Get;
    }
    on Hello do (me: machine) {
      var ev: event;
      ev = Put;
      send me, ev;
    }
  }
}
test tcSelf [main=Reader]: { Reader, Store -> IReadOnly };
