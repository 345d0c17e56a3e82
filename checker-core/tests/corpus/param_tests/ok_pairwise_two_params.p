// expect: accepted
// With two parameters, `pairwise` (2-wise) is the full product in generation order.
// tests: tcTwo___p_1__q_true, tcTwo___p_2__q_true, tcTwo___p_1__q_false, tcTwo___p_2__q_false
param p: int;
param q: bool;
machine Main {
  start state S { }
}
test param (p in [1, 2], q in [true, false]) pairwise tcTwo [main=Main]: { Main };
