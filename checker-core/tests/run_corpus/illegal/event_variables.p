// expect: pass
// prints: "word after total 14"
// Events held in variables: sent, raised and announced with payloads checked only at runtime.
event Num: int;
event Word: string;
spec Tally observes Num, Word {
  var n: int;
  start state T {
    on Num do (x: int) { n = n + x; }
    on Word do (w: string) { assert w == "hi"; }
  }
}
machine Main {
  var evs: seq[event];
  var total: int;
  start state S {
    entry {
      evs += (0, Num);
      evs += (1, Word);
      send this, evs[0], 4;
      send this, evs[1], "hi";
      announce evs[0], 1;
      raise evs[0], 10;
    }
    on Num do (x: int) { total = total + x; }
    on Word do (w: string) { assert total == 14 && w == "hi"; print format("word after total {0}", total); }
  }
}
test tcEvents [main=Main]: assert Tally in { Main };
