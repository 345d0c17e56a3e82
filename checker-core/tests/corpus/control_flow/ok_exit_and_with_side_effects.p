// expect: accepted
// Exit and `with` functions may send, announce, assign and call helpers; only raise/goto are forbidden there (the legal side of ChangedStateMidTransition).
// tests: DefaultImpl
event eLeft;
event eMove : int;
machine Main {
  var moves: int;
  fun Count(n: int) { moves = moves + n; }
  start state A {
    exit { announce eLeft; send this, eLeft; Count(1); }
    on eMove goto B with (n: int) { Count(n); print format("moving by {0}", n); }
  }
  state B {
    ignore eLeft, eMove;
  }
}
