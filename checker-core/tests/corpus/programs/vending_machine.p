// expect: accepted
// A vending machine driven by an enum of products: coins accumulate, selection dispenses and returns change, cancel refunds; a spec checks that money is conserved.
// tests: DefaultImpl
enum tProduct { WATER = 100, SODA = 150, JUICE = 250 }
event eCoin : int;
event eSelect : tProduct;
event eCancel;
event eDispensed : (product: tProduct, change: int);
event eRefunded : int;
event eMoneyIn : int;
event eMoneyOut : int;
machine Vending {
  var credit: int;
  var stock: map[tProduct, int];
  start state Ready {
    entry {
      stock[WATER] = 2;
      stock[SODA] = 1;
      stock[JUICE] = 0;
      goto Idle;
    }
  }
  state Idle {
    on eCoin goto Paying with (c: int) { AddCredit(c); }
    on eSelect do (p: tProduct) { }
    ignore eCancel;
  }
  state Paying {
    on eCoin do (c: int) { AddCredit(c); }
    on eSelect do (p: tProduct) {
      var price: int;
      price = p to int;
      if (stock[p] > 0 && credit >= price) {
        stock[p] = stock[p] - 1;
        announce eMoneyOut, credit - price;
        announce eDispensed, (product = p, change = credit - price);
        credit = 0;
        goto Idle;
      }
    }
    on eCancel goto Idle with {
      announce eMoneyOut, credit;
      announce eRefunded, credit;
      credit = 0;
    }
  }
  fun AddCredit(c: int) {
    assert c == 25 || c == 50 || c == 100, format("unknown coin {0}", c);
    credit = credit + c;
    announce eMoneyIn, c;
  }
}
spec MoneyBalances observes eMoneyIn, eMoneyOut, eDispensed {
  var inside: int;
  var earned: int;
  start state Count {
    on eMoneyIn do (c: int) { inside = inside + c; }
    on eMoneyOut do (c: int) { inside = inside - c; assert inside >= 0; }
    on eDispensed do (d: (product: tProduct, change: int)) { earned = earned + (d.product to int); }
  }
}
machine Main {
  start state Customer {
    entry {
      var v: Vending;
      v = new Vending();
      send v, eCoin, 100;
      send v, eCoin, 50;
      send v, eSelect, SODA;
      send v, eCoin, 25;
      send v, eCancel;
    }
  }
}
