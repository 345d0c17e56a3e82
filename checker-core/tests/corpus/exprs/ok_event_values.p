// expect: accepted
// Events are first-class values of type `event`: stored, compared, and sent or raised through a variable; the payload is then not checked statically (reference corner case 29).
// tests: DefaultImpl
event eLow : int;
event eHigh : int;
event eQuiet;
machine Main {
  var which: event;
  var all: seq[event];
  start state S {
    entry {
      all += (0, eLow);
      all += (1, eHigh);
      all += (2, eQuiet);
      which = all[choose(3)];
      if (which == eQuiet) {
        send this, which;
      } else {
        send this, which, 7;
      }
      which = halt;
      assert which == halt && which != eLow;
    }
    on eLow, eHigh do (v: int) { }
    ignore eQuiet;
  }
}
