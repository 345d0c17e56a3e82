// expect: bug runtime_error "cast"
// Casting an any that holds a string to int fails at runtime.
machine Main {
  var box: any;
  var n: int;
  start state Init {
    entry {
      box = "12";
      n = box as int;
    }
  }
}
