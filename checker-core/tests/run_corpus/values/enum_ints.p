// expect: pass
// Enums are ints at runtime: `to int` gives the number, comparisons are by value.
enum Gear { Park = 0, Reverse = 1, Drive = 7 }
fun Next(g: Gear): Gear {
  if (g == Park) { return Reverse; }
  return Drive;
}
machine Main {
  var g: Gear;
  var n: int;
  start state Init {
    entry {
      assert g == Park;
      assert (Reverse to int) == 1 && (Drive to int) == 7;
      g = Next(Next(g));
      n = g to int;
      assert n == 7 && g == Drive;
      assert (Drive to int) > (Reverse to int);
    }
  }
}
