// expect: rejected
// A `with` transition function must be a machine method, not a global function (StaticFunctionNotAllowedAsHandler).
event eGo;
fun Note() { }
machine Main {
  start state S { on eGo goto T with Note; } // error: global function as transition function
  state T { }
}
