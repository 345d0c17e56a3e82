// expect: accepted
// Two different machines that receive exactly the same events have interchangeable permission types (PermissionType compares receive sets).
// tests: DefaultImpl
event eWork;
machine FastWorker receives eWork; {
  start state F { ignore eWork; }
}
machine SlowWorker receives eWork; {
  start state S { ignore eWork; }
}
machine Main {
  var w: FastWorker;
  start state S {
    entry {
      w = new SlowWorker();
      w = new FastWorker();
      send w, eWork;
    }
  }
}
