// expect: rejected
// A numbered enum element must fit a 32-bit int (DeclarationVisitor ValueOutOfRange).
enum Size { SMALL = 1, ENORMOUS = 3000000000 } // error: value out of range
machine Main {
  start state S { }
}
