// expect: accepted
// Handler, receive-case and anonymous-function parameters live in their own scope: they may reuse the names of machine fields and of the enclosing function's locals, and receive cases may declare their own locals.
// tests: DefaultImpl
event eNum : int;
machine Main {
  var value: int;
  start state S {
    entry {
      var n: int;
      send this, eNum, 1;
      receive {
        case eNum: (n: int) {
          var doubled: int;
          doubled = n * 2;
          value = doubled;
        }
      }
    }
    on eNum do (value: int) { assert value >= 0; }
  }
}
