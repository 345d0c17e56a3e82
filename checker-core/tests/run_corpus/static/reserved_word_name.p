// expect: static-error "reserved"
// Every P keyword is reserved, including ones like `main` and `sent`.
machine Main {
  var sent: int;
  start state S { entry { sent = 1; } }
}
