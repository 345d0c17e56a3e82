// expect: rejected
// An event may appear in only one case of a receive statement (StatementVisitor DuplicateReceiveCase).
event eA;
event eB;
machine Main {
  start state S {
    entry {
      receive {
        case eA, eB: { }
        case eA: { } // error: eA already has a case
      }
    }
  }
}
