// expect: accepted
// Spec attachment can live in a named module that tests reuse and extend with union.
// tests: tcChecked, tcCheckedPlus
event eTick;
machine Clock sends eTick; {
  start state C { entry { announce eTick; } }
}
machine Extra {
  start state E { }
}
spec Ticks observes eTick {
  start state T { ignore eTick; }
}
module CheckedClock = assert Ticks in { Clock };
test tcChecked [main=Clock]: CheckedClock;
test tcCheckedPlus [main=Clock]: union CheckedClock, { Extra };
