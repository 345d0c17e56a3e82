// expect: bug runtime_error "out of range"
// keys(m) is indexed like any seq.
machine Main {
  var names: map[string, bool];
  start state Init {
    entry {
      names["a"] = true;
      names["b"] = false;
      assert keys(names)[1] != "";
      assert values(names)[2] == true;
    }
  }
}
