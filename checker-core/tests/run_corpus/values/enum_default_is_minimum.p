// expect: bug assertion "default is the first declared"
// The default of an enum is its element with the smallest value, not the first one declared.
enum Level { High = 30, Low = 10, Mid = 20 }
machine Main {
  var lvl: Level;
  start state Init {
    entry {
      assert lvl == Low;
      assert (lvl to int) == 10;
      assert lvl == High, "default is the first declared";
    }
  }
}
