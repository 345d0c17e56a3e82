// expect: bug runtime_error "null"
// null (the default of any) cannot be unboxed into an int.
machine Main {
  var box: any;
  var total: int;
  start state Init {
    entry {
      total = 1 + (box as int);
    }
  }
}
