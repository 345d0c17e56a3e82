// expect: bug runtime_error "null"
// A null `any` cannot become a string (strings, like ints, bools, floats and enums, are values).
machine Main {
  var a: any;
  var s: string;
  start state S {
    entry { s = a as string; }
  }
}
