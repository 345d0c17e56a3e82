// expect: rejected
// States are local to their machine: a machine cannot goto a state of another machine.
machine Other {
  start state Remote { }
}
machine Main {
  start state Local {
    entry { goto Remote; } // error: `Remote` belongs to Other
  }
}
