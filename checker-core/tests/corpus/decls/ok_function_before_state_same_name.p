// expect: accepted
// P checks the function/state namespace clash only when the function is declared: Put(Function) looks at functions and states, Put(State) only at states (Scope.cs). So a method declared before a state of the same name is accepted (the reverse order is an error, see err_fun_named_like_state).
// tests: DefaultImpl
event eGo;
machine Main {
  fun Ready() { }
  start state Ready {
    entry { Ready(); }
    on eGo goto Ready;
  }
}
