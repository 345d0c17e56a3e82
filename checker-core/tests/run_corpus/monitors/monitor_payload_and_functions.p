// expect: bug assertion "total over budget"
// Monitors keep their own state, read payloads and may call global functions.
event Spend: (who: string, amount: int);
fun Cap(): int { return 100; }
fun Add(a: int, b: int): int { return a + b; }
spec Budget observes Spend {
  var total: map[string, int];
  start state Track {
    on Spend do (s: (who: string, amount: int)) {
      if (!(s.who in total)) { total[s.who] = 0; }
      total[s.who] = Add(total[s.who], s.amount);
      assert total[s.who] <= Cap(), "total over budget";
    }
  }
}
machine Shopper {
  start state Shop {
    entry {
      announce Spend, (who = "ann", amount = 60);
      announce Spend, (who = "bo", amount = 60);
      announce Spend, (who = "ann", amount = 50);
    }
  }
}
test tcBudget [main=Shopper]: assert Budget in { Shopper };
