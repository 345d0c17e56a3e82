// expect: accepted
// `compose` of three modules with pairwise disjoint interfaces, sends and creates.
// tests: tcThree
event ePing;
event ePong;
machine Pinger receives ePong; sends ePing; {
  start state P { entry (p: Ponger) { send p, ePing; } ignore ePong; }
}
machine Ponger receives ePing; sends ePong; {
  start state Q { ignore ePing; }
}
machine Starter receives; sends; {
  start state S { entry { new Pinger(new Ponger()); } }
}
test tcThree [main=Starter]: compose { Pinger }, { Ponger }, { Starter };
