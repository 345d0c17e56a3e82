// expect: bug assertion "sum of keys"
// foreach over a set and over keys(m); the last assertion has a wrong expected sum.
machine Main {
  var s: set[int];
  var m: map[int, int];
  var k: int;
  var sum: int;
  start state Init {
    entry {
      s += (3);
      s += (4);
      foreach (k in s) { sum = sum + k; }
      assert sum == 7;
      m[1] = 10;
      m[2] = 20;
      sum = 0;
      foreach (k in keys(m)) { sum = sum + k + m[k]; }
      assert sum == 30, "sum of keys";
    }
  }
}
