// expect: bug assertion "Open arrived first"
// Deferral does not reorder the inbox: Data(1) was sent before Open and is handled first once open.
event Data: int;
event Open;
machine Main {
  var opened: bool;
  start state Closed {
    defer Data;
    entry {
      send this, Data, 1;
      send this, Open;
    }
    on Open goto Opened;
  }
  state Opened {
    entry { opened = true; }
    on Data do (n: int) { assert false, "Open arrived first"; }
  }
}
