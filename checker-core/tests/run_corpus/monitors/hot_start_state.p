// expect: bug liveness "Obligation"
// A monitor whose start state is hot and that never observes anything ends the execution hot.
event Fulfil;
spec Obligation observes Fulfil {
  start hot state Owed { on Fulfil goto Paid; }
  cold state Paid { ignore Fulfil; }
}
machine Lazy {
  start state L { entry { print "doing nothing"; } }
}
test tcOwed [main=Lazy]: assert Obligation in { Lazy };
