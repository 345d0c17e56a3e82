// expect: pass
// prints: "answer 12"
// Global functions can send and receive on behalf of the machine that calls them (they cannot name
// `this`, so the caller passes itself).
event Question: (from: machine, n: int);
event Answer: int;
fun Ask(oracle: machine, me: machine, n: int): int {
  var result: int;
  send oracle, Question, (from = me, n = n);
  receive { case Answer: (v: int) { result = v; } }
  return result;
}
machine Main {
  start state S {
    entry {
      var o: machine;
      var a: int;
      o = new Oracle();
      a = Ask(o, this, 5) + Ask(o, this, 1);
      print format("answer {0}", a);
      assert a == 12;
    }
  }
}
machine Oracle {
  start state O {
    on Question do (q: (from: machine, n: int)) { send q.from, Answer, q.n + 3; }
  }
}
