// expect: bug assertion "Right handled by the shared handler with 7"
// One `on E1, E2 do (x: T)` handler serves several events that share a payload type.
event Left: int;
event Right: int;
machine Main {
  var sum: int;
  start state S {
    entry { send this, Left, 3; send this, Right, 7; }
    on Left, Right do (n: int) {
      sum = sum + n;
      if (sum == 10) { assert false, format("Right handled by the shared handler with {0}", n); }
    }
  }
}
