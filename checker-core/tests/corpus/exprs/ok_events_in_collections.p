// expect: accepted
// Events are values: they can be stored in sets, used as map keys, compared and sent from a collection.
// tests: DefaultImpl
event eRed;
event eGreen;
machine Main {
  var palette: set[event];
  var counts: map[event, int];
  var ev: event;
  start state S {
    entry {
      palette += (eRed);
      palette += (eGreen);
      counts[eRed] = 1;
      foreach (ev in palette) {
        if (!(ev in counts)) { counts[ev] = 0; }
        send this, ev;
      }
      assert eRed in palette && counts[eRed] == 1;
    }
    ignore eRed, eGreen;
  }
}
