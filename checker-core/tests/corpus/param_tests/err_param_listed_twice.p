// expect: rejected
// A parameter may appear only once in a test's param list (ParamVisitor DuplicateNamedTupleEntry).
param n: int;
machine Main {
  start state S { }
}
test param (n in [1], n in [2]) tcTwice [main=Main]: { Main }; // error: `n` listed twice
