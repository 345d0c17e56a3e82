// expect: accepted
// print with literals and formats; assert with and without message, message built with format or concatenation.
// tests: DefaultImpl
machine Main {
  var n: int;
  start state S {
    entry {
      print "plain";
      print format("n = {0}", n);
      print "a" + "b";
      assert n == 0;
      assert n == 0, "n is zero";
      assert n == 0, format("n is {0}", n);
      assert n == 0, "n" + " is zero";
    }
  }
}
