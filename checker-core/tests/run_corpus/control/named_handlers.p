// expect: pass
// prints: "report total 10"
// Entry, exit, do and with handlers given as named machine methods.
event Add: int;
event Finish;
machine Main {
  var total: int;
  var log: seq[string];
  start state Sum {
    entry Begin;
    exit Leave;
    on Add do Accumulate;
    on Finish goto End with Closing;
  }
  state End {
    entry Report;
  }
  fun Begin() {
    log += (sizeof(log), "begin");
    send this, Add, 4;
    send this, Add, 6;
    send this, Finish;
  }
  fun Accumulate(n: int) { total = total + n; }
  fun Leave() { log += (sizeof(log), "leave"); }
  fun Closing() { log += (sizeof(log), "closing"); }
  fun Report() {
    assert total == 10;
    assert log[0] == "begin" && log[1] == "leave" && log[2] == "closing" && sizeof(log) == 3;
        print format("report total {0}", total);
  }
}
