// expect: accepted
// Negative parameter values are written `-n` and named `negN`; `assume` filters the product, keeping generation order.
// tests: tcShift___delta_0__k_1, tcShift___delta_5__k_1, tcShift___delta_0__k_2, tcShift___delta_5__k_2
param delta, k: int;
machine Main {
  start state S { entry { assert delta + k > 0; } }
}
test param (delta in [-2, 0, 5], k in [1, 2]) assume (delta + k > 0) tcShift [main=Main]: { Main };
