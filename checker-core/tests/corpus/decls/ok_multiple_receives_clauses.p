// expect: accepted
// A machine may repeat `receives` and `sends` clauses; the lists accumulate (DeclarationVisitor.VisitImplMachineDecl).
// tests: DefaultImpl
event eA;
event eB;
event eC;
machine Hub receives eA; receives eB, eC; sends eA; sends eB; {
  start state H { ignore eA, eB, eC; }
}
machine Main {
  start state S {
    entry {
      var h: Hub;
      h = new Hub();
      send h, eA;
      send h, eC;
    }
  }
}
