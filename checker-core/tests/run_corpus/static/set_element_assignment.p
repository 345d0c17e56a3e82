// expect: static-error "set"
// P rejects `set[i] = v` statically (an l-value index needs a seq or map), so the runtime error is unreachable.
machine Main {
  var tags: set[string];
  start state Init {
    entry {
      tags += ("x");
      tags += ("y");
      assert tags[0] == "x" || tags[0] == "y";
      tags[0] = "z";
    }
  }
}
