// expect: pass
// max-steps: 100
// schedules: 3
// Reaching the step bound at a choice ends the execution right there (without fail-on-max-steps, quietly):
// the assertion after the 150 choices is never reached.
machine Main {
  var heads: int;
  start state S {
    entry {
      var i: int;
      while (i < 150) {
        if ($) { heads = heads + 1; }
        i = i + 1;
      }
      assert false, "ran past the step bound";
    }
  }
}
