// expect: accepted
// Collections over `any`: mixed element kinds, maps from any to any, and casts of elements back to concrete types.
// tests: DefaultImpl
machine Main {
  var bag: seq[any];
  var table: map[any, any];
  var n: int;
  start state S {
    entry {
      bag += (0, 1);
      bag += (1, "two");
      bag += (2, (3, 4));
      table[1] = "one";
      table["one"] = 1;
      table[(1, 2)] = bag;
      n = bag[0] as int;
      n = table["one"] as int;
      assert (table[(1, 2)] as seq[any])[1] == "two";
    }
  }
}
