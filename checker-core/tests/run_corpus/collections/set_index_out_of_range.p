// expect: bug runtime_error
// Reading a set by position past its size is an error, like a seq.
machine Main {
  var s: set[int];
  var i: int;
  var sum: int;
  start state S {
    entry {
      s += (4);
      s += (8);
      while (i <= sizeof(s)) {
        sum = sum + s[i];
        i = i + 1;
      }
    }
  }
}
