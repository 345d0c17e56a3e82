// expect: rejected
// Named handlers must be machine methods, not global functions (MachineChecker StaticFunctionNotAllowedAsHandler).
event eTap;
fun Tap() { }
machine Main {
  start state S { on eTap do Tap; } // error: global function as handler
}
