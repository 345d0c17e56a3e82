// expect: pass
// prints: "level 14"
// Cases may declare their own locals, read function locals and parameters, and several events can
// share a case.
event Up: int;
event Down: int;
event Stop;
machine Main {
  start state Run {
    entry {
      var level: int;
      send this, Up, 5;
      send this, Down, 2;
      send this, Up, 1;
      send this, Stop;
      level = Track(10);
      assert level == 14;
        print format("level {0}", level);
    }
  }
  fun Track(initial: int): int {
    var level: int;
    var done: bool;
    level = initial;
    while (!done) {
      receive {
        case Up: (n: int) {
          var tmp: int;
          tmp = level + n;
          level = tmp;
        }
        case Down: (n: int) { level = level - n; }
        case Stop: { done = true; }
      }
    }
    return level;
  }
}
