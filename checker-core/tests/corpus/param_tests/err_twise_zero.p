// expect: rejected
// `(0 wise)` is below the minimum of 1 (InvalidTwise).
param p, q: int;
machine Main {
  start state S { }
}
test param (p in [1, 2], q in [3, 4]) (0 wise) tcNone [main=Main]: { Main }; // error: 0-wise
