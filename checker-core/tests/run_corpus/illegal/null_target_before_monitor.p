// expect: bug illegal_action "null"
// A send is checked (event and target not null) before monitors observe it: the spec that would fail on
// this event never sees it.
event Report;
spec NoReports observes Report {
  start state S { on Report do { assert false, "the monitor observed a send to null"; } }
}
machine Reporter {
  var boss: machine;
  start state R { entry { send boss, Report; } }
}
test tcNull [main=Reporter]: assert NoReports in { Reporter };
