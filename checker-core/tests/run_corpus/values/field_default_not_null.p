// expect: bug assertion "counter starts at one"
// An int field starts at 0 (not 1, not null).
machine Main {
  var counter: int;
  start state Init {
    entry {
      counter = counter + 1;
      assert counter == 1;
      assert counter - 1 == 1, "counter starts at one";
    }
  }
}
