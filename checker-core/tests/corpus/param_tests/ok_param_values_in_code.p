// expect: accepted
// Parameters are ordinary read-only globals inside machines: used in loops, conditions, payloads and collection sizes.
// tests: tcSizes___size_1__flag_true, tcSizes___size_5__flag_true, tcSizes___size_1__flag_false, tcSizes___size_5__flag_false
param size: int;
param flag: bool;
event eItem : int;
machine Sink {
  start state S { ignore eItem; }
}
machine Main {
  var items: seq[int];
  start state S {
    entry {
      var sink: Sink;
      var i: int;
      sink = new Sink();
      while (i < size) {
        items += (i, i * i);
        if (flag) { send sink, eItem, items[i]; }
        i = i + 1;
      }
      assert sizeof(items) == size;
    }
  }
}
test param (size in [1, 5], flag in [true, false]) tcSizes [main=Main]: { Main, Sink };
