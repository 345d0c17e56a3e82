// expect: bug runtime_error "not present"
// Reading a missing key is an error, not the default value.
machine Main {
  var stock: map[string, int];
  start state Init {
    entry {
      stock["apple"] = 3;
      stock["pear"] = 0;
      assert stock["pear"] == 0;
      assert stock["plum"] == 0, "missing key read as default";
    }
  }
}
