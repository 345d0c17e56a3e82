// expect: pass
// prints: "ab-cd 4"
// Strings: + concatenates, == compares values, < > compare alphabetically.
machine Main {
  var s: string;
  var t: string;
  start state Init {
    entry {
      s = "ab";
      t = s + "-" + "cd";
      assert t == "ab-cd";
      assert s + "" == "ab" && "" + "" == "";
      assert "apple" < "banana" && "pear" > "peach" && "abc" <= "abc";
      assert s != "AB";
      print format("{0} {1}", t, sizeof(keysOf(t)));
    }
  }
  fun keysOf(x: string): seq[int] {
    var r: seq[int];
    r += (0, 1); r += (0, 2); r += (0, 3); r += (0, 4);
    return r;
  }
}
