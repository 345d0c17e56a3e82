// expect: bug unhandled_event "Poke"
// prints: "exit of Busy with count 2"
// An unhandled queued event: the exit function runs, then the bug is reported.
event Poke;
event Work;
machine Main {
  var count: int;
  start state Busy {
    entry { send this, Work; send this, Work; send this, Poke; }
    on Work do { count = count + 1; }
    exit { print format("exit of Busy with count {0}", count); }
  }
}
