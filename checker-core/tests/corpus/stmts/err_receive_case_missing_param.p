// expect: rejected
// Unlike state handlers, a receive case must declare a parameter for an event with a payload: P checks the payload against the (null) parameter type (StatementVisitor.VisitReceiveStmt CheckAssignable).
event eValue : int;
machine Main {
  start state S {
    entry {
      receive {
        case eValue: { } // error: eValue carries an int but the case takes nothing
      }
    }
  }
}
