// expect: static-error
// `to` only converts into int, float or an interface; int to enum is rejected.
enum Color { Red, Green }
machine Main {
  var c: Color;
  start state S { entry { c = 1 to Color; } }
}
