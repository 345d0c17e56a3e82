// expect: rejected
// Parameter values must match the declared type: a bool parameter cannot take ints (TypeMismatch).
param verbose: bool;
machine Main {
  start state S { }
}
test param (verbose in [0, 1]) tcVerbose [main=Main]: { Main }; // error: ints for a bool param
