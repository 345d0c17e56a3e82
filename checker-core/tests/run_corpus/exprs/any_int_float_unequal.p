// expect: bug assertion "numeric equality across kinds"
// An any holding 2 is not equal to one holding 2.0.
machine Main {
  var a: any;
  var b: any;
  start state Init {
    entry {
      a = 2;
      b = 2.0;
      assert a == b, "numeric equality across kinds";
    }
  }
}
