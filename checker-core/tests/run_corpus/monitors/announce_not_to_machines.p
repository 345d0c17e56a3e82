// expect: pass
// prints: "milestone 2"
// An announced event does not reach the announcer's inbox (its state would not handle it).
event Milestone: int;
spec Counter observes Milestone {
  var n: int;
  start state S {
    on Milestone do (k: int) { n = n + 1; assert k == n; print format("milestone {0}", k); }
  }
}
machine Driver {
  start state D {
    entry {
      announce Milestone, 1;
      announce Milestone, 2;
    }
  }
}
test tcAnnounce [main=Driver]: assert Counter in { Driver };
