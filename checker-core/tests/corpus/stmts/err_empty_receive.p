// expect: rejected
// A receive statement needs at least one case (grammar: RECEIVE LBRACE recvCase+ RBRACE).
machine Main {
  start state S {
    entry {
      receive { } // error: no cases
    }
  }
}
