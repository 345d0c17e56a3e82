// expect: accepted
// Every statement form in one machine: blocks, empty statement, assert (with message), print, assignments, insert/add/remove, while, foreach, if/else, new, calls, raise, send, announce, goto, receive, return, break, continue.
// tests: DefaultImpl
event eData : int;
event eAck;
event eNext;
machine Peer {
  start state P {
    on eData do (v: int) { }
  }
}
machine Main {
  var peer: Peer;
  var xs: seq[int];
  var st: set[int];
  var mp: map[int, int];
  var i: int;
  var x: int;
  fun Sum(nums: seq[int]): int {
    var acc: int;
    var v: int;
    foreach (v in nums) {
      if (v < 0) { continue; }
      if (v > 100) { break; }
      acc = acc + v;
    }
    return acc;
  }
  fun Noop() { return; }
  start state Init {
    entry {
      { ; }
      ;
      assert true;
      assert 1 == 1, "math";
      print "starting";
      xs += (0, 1);
      st += (2);
      mp += (3, 4);
      mp[3] = 5;
      xs -= 0;
      st -= 2;
      mp -= 3;
      while (i < 3) { i = i + 1; }
      if (i == 3) { x = Sum(xs); } else { x = 0; }
      if (x > 0) x = 1;
      Noop();
      peer = new Peer();
      new Peer();
      send peer, eData, 7;
      announce eAck;
      send this, eNext;
    }
    on eNext do {
      receive {
        case eData: (v: int) { x = v; }
        case eAck: { x = 0; }
      }
      raise eAck;
    }
    on eAck goto Done;
  }
  state Done {
    entry { goto Final, 3; }
  }
  state Final {
    entry (n: int) { x = n; }
  }
}
