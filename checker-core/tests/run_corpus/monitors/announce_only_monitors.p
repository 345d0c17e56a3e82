// expect: bug assertion "announced twice"
// announce delivers only to monitors (machines never see it).
event Milestone: int;
spec Once observes Milestone {
  var seen: set[int];
  start state S {
    on Milestone do (n: int) {
      assert !(n in seen), "announced twice";
      seen += (n);
    }
  }
}
machine Driver {
  start state D {
    entry {
      announce Milestone, 1;
      announce Milestone, 2;
      announce Milestone, 1;
    }
  }
}
test tcAnnounce [main=Driver]: assert Once in { Driver };
