// expect: rejected
// `(N wise)` needs 1 <= N <= number of parameters (ParamAssignment.TwiseNumWellFormednessCheck InvalidTwise).
param p, q: int;
machine Main {
  start state S { }
}
test param (p in [1, 2], q in [3, 4]) (3 wise) tcWide [main=Main]: { Main }; // error: 3-wise over 2 params
