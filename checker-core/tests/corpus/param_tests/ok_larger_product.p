// expect: accepted
// A larger full product (3 x 3 x 2 = 18 tests) with negative and zero values, in generation order (first parameter fastest).
// tests: tcMatrix___rows_1__cols_neg1__wrap_true, tcMatrix___rows_2__cols_neg1__wrap_true, tcMatrix___rows_3__cols_neg1__wrap_true, tcMatrix___rows_1__cols_0__wrap_true, tcMatrix___rows_2__cols_0__wrap_true, tcMatrix___rows_3__cols_0__wrap_true, tcMatrix___rows_1__cols_1__wrap_true, tcMatrix___rows_2__cols_1__wrap_true, tcMatrix___rows_3__cols_1__wrap_true, tcMatrix___rows_1__cols_neg1__wrap_false, tcMatrix___rows_2__cols_neg1__wrap_false, tcMatrix___rows_3__cols_neg1__wrap_false, tcMatrix___rows_1__cols_0__wrap_false, tcMatrix___rows_2__cols_0__wrap_false, tcMatrix___rows_3__cols_0__wrap_false, tcMatrix___rows_1__cols_1__wrap_false, tcMatrix___rows_2__cols_1__wrap_false, tcMatrix___rows_3__cols_1__wrap_false
param rows, cols: int;
param wrap: bool;
machine Main {
  start state S { entry { assert rows > 0; } }
}
test param (rows in [1, 2, 3], cols in [-1, 0, 1], wrap in [true, false]) tcMatrix [main=Main]: { Main };
