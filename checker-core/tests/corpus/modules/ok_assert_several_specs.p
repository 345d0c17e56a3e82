// expect: accepted
// `assert A, B in m` attaches several specs at once, and asserts can be nested with different specs.
// tests: tcBoth, tcNested
event eBeat : int;
machine Heart sends eBeat; {
  start state H { entry { announce eBeat, 1; } }
}
spec Positive observes eBeat {
  start state P { on eBeat do (n: int) { assert n > 0; } }
}
spec Bounded observes eBeat {
  start state B { on eBeat do (n: int) { assert n < 200; } }
}
test tcBoth [main=Heart]: assert Positive, Bounded in { Heart };
test tcNested [main=Heart]: assert Positive in (assert Bounded in { Heart });
