// expect: rejected
// Using a name that is not a variable, enum element or event in scope.
machine Main {
  var count: int;
  start state S {
    entry {
      count = cuont + 1; // error: `cuont` is not declared
    }
  }
}
