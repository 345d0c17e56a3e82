// expect: bug assertion "value found as key"
// `x in m` looks at keys only.
machine Main {
  var colour: map[string, string];
  start state Init {
    entry {
      colour["sky"] = "blue";
      assert "sky" in colour;
      assert "blue" in colour, "value found as key";
    }
  }
}
