// expect: pass
// prints: "through any: True 10 20 33"
// At runtime an enum value is just its int: through `any` it equals the int, casts to int, and any int
// casts to the enum type without a range check.
enum Level { Low = 10, High = 20 }
machine Main {
  var a: any;
  var l: Level;
  var i: int;
  var odd: Level;
  start state S {
    entry {
      a = Low;
      assert a == 10, "an enum in an any equals its number";
      i = a as int;
      a = 20;
      l = a as Level;
      assert l == High;
      a = 33;
      odd = a as Level;
      assert odd != Low && odd != High;
      print format("through any: {0} {1} {2} {3}", l == High, i, l, odd);
    }
  }
}
