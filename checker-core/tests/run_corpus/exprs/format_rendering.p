// expect: pass
// prints: "flag=True n=-4 name=bob"
// prints: "braces {x} 7"
// format renders bools as True/False, ints in decimal, strings raw, and {{ }} as braces.
machine Main {
  var flag: bool;
  var n: int;
  start state Init {
    entry {
      flag = true;
      n = 0 - 4;
      print format("flag={0} n={1} name={2}", flag, n, "bob");
      print format("braces {{x}} {0}", 7);
    }
  }
}
