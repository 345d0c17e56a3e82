// test: tcCalm
// expect: pass
// test: tcPanic
// expect: bug assertion "panic driver"
// Two tests over the same machines, with different main machines.
machine Calm {
  start state S { entry { assert 1 + 1 == 2; } }
}
machine Panic {
  start state S { entry { assert false, "panic driver"; } }
}
test tcCalm [main=Calm]: { Calm, Panic };
test tcPanic [main=Panic]: { Calm, Panic };
