// expect: rejected
// `any` might hold a machine reference, so an `any` value is not assignable to `data` (DataType.IsAssignableFrom: any has unknown permissions).
machine Main {
  var a: any;
  var d: data;
  start state S {
    entry {
      d = 5;
      a = d;
      d = a; // error: any into data
    }
  }
}
