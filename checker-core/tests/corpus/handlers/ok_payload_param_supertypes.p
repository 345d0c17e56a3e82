// expect: accepted
// A handler parameter may be any supertype of the payload: `any`, `data`, `machine` for an interface payload, or a collection of `any`.
// tests: DefaultImpl
event eNum : int;
event eRef : Main;
event eList : seq[int];
machine Main {
  start state S {
    on eNum do (v: any) { }
    on eRef do (m: machine) { }
    on eList do (xs: seq[any]) { }
  }
  state T {
    on eNum do (d: data) { }
    on eRef goto U;
    ignore eList;
  }
  state U {
    entry (m: machine) { }
  }
}
