// expect: accepted
// A liveness spec cycling between hot and cold states, with warm (unannotated) states in between.
// tests: DefaultImpl
event eRequest;
event eProgress;
event eResponse;
spec Responsive observes eRequest, eProgress, eResponse {
  start cold state Quiet {
    on eRequest goto Pending;
    ignore eProgress, eResponse;
  }
  hot state Pending {
    on eProgress goto Working;
    on eResponse goto Quiet;
    ignore eRequest;
  }
  state Working {
    on eResponse goto Quiet;
    ignore eRequest, eProgress;
  }
}
machine Main {
  start state S { entry { announce eRequest; announce eProgress; announce eResponse; } }
}
