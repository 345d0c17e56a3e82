// expect: pass
// prints: "flag=True n=-4 name=bob"
// prints: "braces {x} 7"
// prints: "reordered b-a-b"
// format renders bools as True/False, ints in decimal, strings raw, and {{ }} as braces; placeholders
// may come in any order and repeat.
machine Main {
  var flag: bool;
  var n: int;
  start state Init {
    entry {
      flag = true;
      n = 0 - 4;
      print format("flag={0} n={1} name={2}", flag, n, "bob");
      print format("braces {{x}} {0}", 7);
      print format("reordered {1}-{0}-{1}", "a", "b");
    }
  }
}
