spec NonNegative observes eBalance {
  start state S {
    on eBalance do (a: tAmount) { assert a.cents >= 0; }
  }
}
test tcAcrossFiles [main=Customer]: assert NonNegative in { Bank, Customer };
