// expect: bug max_steps "Scheduling steps bound of 100 reached"
// max-steps: 100
// fail-on-max-steps: true
// schedules: 3
// Nondeterministic choices count as steps and the bound is checked at each of them: one handler making
// 150 choices reaches a bound of 100 before the program ends.
machine Main {
  var heads: int;
  start state S {
    entry {
      var i: int;
      while (i < 150) {
        if ($) { heads = heads + 1; }
        i = i + 1;
      }
    }
  }
}
