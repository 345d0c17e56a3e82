// expect: bug runtime_error "divide by zero"
// Integer division by zero is a runtime error.
fun Average(total: int, count: int): int {
  return total / count;
}
machine Main {
  start state Init {
    entry {
      assert Average(10, 2) == 5;
      assert Average(10, 0) == 0;
    }
  }
}
