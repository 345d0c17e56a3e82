// expect: accepted
// A machine with receives/sends lists, fields, methods, several states, temperatures, and a creator passing a constructor payload.
event eJob : int;
event eDone : int;
event eQuit;
machine Boss sends eJob, eQuit; receives eDone; {
  var staff: Helper;
  var finished: int;
  start state Hire {
    entry {
      staff = new Helper((boss = this, quota = 2));
      send staff, eJob, 1;
      send staff, eJob, 2;
    }
    on eDone do (n: int) {
      finished = finished + 1;
      if (finished == 2) { send staff, eQuit; goto Rest; }
    }
  }
  cold state Rest { }
}
machine Helper receives eJob, eQuit; sends eDone; {
  var boss: Boss;
  var quota: int;
  fun Report(n: int) { send boss, eDone, n; }
  start state Work {
    entry (cfg: (boss: Boss, quota: int)) {
      boss = cfg.boss;
      quota = cfg.quota;
    }
    on eJob do (n: int) { Report(n); }
    on eQuit goto Gone;
  }
  state Gone {
    entry { raise halt; }
  }
}
machine Main {
  start state S { entry { new Boss(); } }
}
// tests: DefaultImpl
