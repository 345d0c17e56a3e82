// expect: pass
// prints: "net 4 after 3 moves"
// One receive case and one handler may each cover several events with the same payload type.
event Up: int;
event Down: int;
event Moved: int;
machine Main {
  var moves: int;
  start state S {
    entry {
      var net: int;
      var i: int;
      send this, Up, 5;
      send this, Down, 3;
      send this, Up, 2;
      while (i < 3) {
        receive {
          case Up, Down: (n: int) { net = net + n * Sign(); }
        }
        i = i + 1;
      }
      send this, Moved, net;
    }
    on Moved do (n: int) {
      print format("net {0} after {1} moves", n, moves);
    }
  }
  fun Sign(): int {
    moves = moves + 1;
    if (moves == 2) { return -1; }
    return 1;
  }
}
