// expect: rejected
// A union must not attach the same monitor in two of its components, even when each attachment is valid on its own (InvalidCompositionExpr: monitor attached in more than one module).
event eLog;
machine Writer sends eLog; {
  start state W { entry { announce eLog; } }
}
machine Logger sends eLog; {
  start state L { entry { announce eLog; } }
}
spec Count observes eLog {
  start state C { ignore eLog; }
}
test tcOnce [main=Writer]: assert Count in (union { Writer }, { Logger });
test tcTwice [main=Writer]: union (assert Count in { Writer }), (assert Count in { Logger }); // error: Count attached on both sides
