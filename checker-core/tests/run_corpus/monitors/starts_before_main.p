// expect: bug assertion "monitor started"
// Attached monitors run their start entry when the test begins, before the main machine exists.
spec Watcher observes Ping {
  start state Boot {
    entry { assert false, "monitor started"; }
    on Ping do { }
  }
}
event Ping;
machine Driver {
  start state Init {
    entry { print "main started"; }
  }
}
test tcBoot [main=Driver]: assert Watcher in { Driver };
