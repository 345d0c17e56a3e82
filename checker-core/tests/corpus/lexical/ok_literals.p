// expect: accepted
// Every literal form: ints (up to 2147483647), decimal floats with and without integer part, strings with escapes, bools, null.
// tests: DefaultImpl
machine Main {
  var i: int;
  var f: float;
  var s: string;
  var b: bool;
  var m: machine;
  start state Init {
    entry {
      i = 0;
      i = 007;
      i = 2147483647;
      f = 3.25;
      f = .5;
      f = 0.0;
      s = "plain";
      s = "quote \" inside, backslash \\ and tab \t";
      s = "";
      b = true;
      b = false;
      m = null;
    }
  }
}
