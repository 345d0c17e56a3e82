// expect: accepted
// Comment markers inside string literals are just characters: `//` and `/* */` in a string do not start comments.
// tests: DefaultImpl
machine Main {
  var s: string;
  start state S {
    entry {
      s = "http://example.org/path";
      s = "/* not a comment */";
      s = "a // b";
      assert s == "a // b";
    }
  }
}
