// expect: bug assertion "entry ran before exit"
// Expecting the target entry to run before the old state's exit is wrong.
event Move;
machine Main {
  var exited: bool;
  start state A {
    entry { raise Move; }
    exit { exited = true; }
    on Move goto B;
  }
  state B {
    entry {
      assert !exited, "entry ran before exit";
    }
  }
}
