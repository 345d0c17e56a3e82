// expect: bug assertion "fair choice is still a choice"
// $$ is also just a nondeterministic bool in this checker.
machine Main {
  start state Flip {
    entry {
      if ($$) { } else { assert false, "fair choice is still a choice"; }
    }
  }
}
