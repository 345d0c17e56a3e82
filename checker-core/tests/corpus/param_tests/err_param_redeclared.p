// expect: rejected
// A global param cannot be declared twice (DeclarationVisitor RedeclareGlobalParam).
param rounds: int;
param rounds: bool; // error: duplicate param
machine Main {
  start state S { }
}
