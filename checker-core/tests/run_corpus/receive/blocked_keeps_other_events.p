// expect: pass
// prints: "noise handled after the reply"
// Events that arrive while a machine is blocked in receive and that no case matches are kept in the
// inbox; the state handles them once the handler that received is over.
event Go: machine;
event Noise;
event Reply;
machine Main {
  var gotReply: bool;
  start state Wait {
    entry {
      var p: machine;
      p = new Noisy();
      send p, Go, this;
      receive { case Reply: { gotReply = true; } }
    }
    on Noise do {
      assert gotReply;
      print "noise handled after the reply";
    }
  }
}
machine Noisy {
  start state N {
    on Go do (m: machine) { send m, Noise; send m, Reply; }
  }
}
