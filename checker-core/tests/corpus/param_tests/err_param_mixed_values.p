// expect: rejected
// All values of one parameter list must have the same type (ParamVisitor TypeMismatch).
param level: int;
machine Main {
  start state S { }
}
test param (level in [1, true]) tcLevel [main=Main]: { Main }; // error: int and bool mixed
