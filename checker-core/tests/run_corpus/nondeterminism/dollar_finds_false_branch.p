// expect: bug assertion "coin landed tails"
// $ is a scheduler choice: some schedule takes each branch.
machine Main {
  start state Flip {
    entry {
      if ($) { print "heads"; } else { assert false, "coin landed tails"; }
    }
  }
}
