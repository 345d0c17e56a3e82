// expect: pass
// prints: "odd step 3"
// raise and goto inside a monitor are processed at once, within the same observation.
event Step: int;
event Odd;
spec Parity observes Step {
  var odds: int;
  var last: int;
  start state Even {
    on Step do (n: int) {
      last = n;
      if (n % 2 == 1) { raise Odd; }
    }
    on Odd goto Counting;
  }
  state Counting {
    entry {
      odds = odds + 1;
      assert last % 2 == 1; print format("odd step {0}", last);
      goto Even;
    }
  }
}
machine Driver {
  start state D {
    entry {
      announce Step, 1;
      announce Step, 2;
      announce Step, 3;
    }
  }
}
test tcParity [main=Driver]: assert Parity in { Driver };
