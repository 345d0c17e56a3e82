// expect: bug runtime_error "divide by zero"
// Integer modulo by zero is a runtime error as well.
machine Main {
  var buckets: int;
  start state Init {
    entry {
      assert 17 % 5 == 2;
      print format("bucket {0}", 17 % buckets);
    }
  }
}
