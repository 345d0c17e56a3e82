// expect: bug assertion "case-insensitive equality"
// String equality is exact: case matters.
machine Main {
  var a: string;
  start state Init {
    entry {
      a = "Hello";
      assert a == "Hel" + "lo";
      assert a == "hello", "case-insensitive equality";
    }
  }
}
