// expect: pass
// prints: "worker log: start got:1 got:2 exit"
// A worker handles two jobs, then an unhandled halt: its exit runs, the job queued behind the halt is
// dropped, and a job sent afterwards is dropped too. The worker reports its log from its exit.
event Job: int;
machine Main {
  start state S {
    entry {
      var w: machine;
      w = new Worker();
      send w, Job, 1;
      send w, Job, 2;
      send w, halt;
      send w, Job, 3;
      send w, Job, 4;
    }
  }
}
machine Worker {
  var log: string;
  start state Work {
    entry { log = "start"; }
    on Job do (n: int) {
      assert n < 3, "a job after the halt was handled";
      log = log + format(" got:{0}", n);
    }
    exit {
      log = log + " exit";
      print format("worker log: {0}", log);
    }
  }
}
