// test: tcSize___size_2
// expect: pass
// test: tcSize___size_5
// expect: bug assertion "buffer overflow"
// A parameter value beyond the model's capacity fails; the smaller one passes.
param size: int;
machine Producer {
  var buf: seq[int];
  start state P {
    entry {
      var i: int;
      while (i < size) {
        buf += (sizeof(buf), i);
        assert sizeof(buf) <= 4, "buffer overflow";
        i = i + 1;
      }
    }
  }
}
test param (size in [2, 5]) tcSize [main=Producer]: { Producer };
