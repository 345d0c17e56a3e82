// expect: accepted
// Two elements of one numbered enum with the same value: P silently drops the second from the enum (PEnum.AddElement returns false) and compiles the program as long as the dropped element is never used.
// tests: DefaultImpl
// known-disagreement: typeck rejects a duplicate enum value at its declaration (P2022); P compiles it while the dropped element is unused.
enum Status { ACTIVE = 1, ENABLED = 1, RETIRED = 2 }
machine Main {
  var s: Status;
  start state S {
    entry { s = ACTIVE; assert s != RETIRED; }
  }
}
