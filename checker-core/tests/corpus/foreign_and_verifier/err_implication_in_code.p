// expect: rejected
// `==>` and `<==>` type-check as bool operators, but P's checker back end cannot generate code for them ("Then/Iff are not legal in code generation", PCheckerCodeGenerator.BinOpToStr), so they are verifier-only in executable code.
// known-disagreement: typeck accepts `==>`/`<==>` in executable code; P compiles them only where they are never lowered (foreach invariants, verifier declarations).
machine Main {
  var a: bool;
  var b: bool;
  start state S {
    entry {
      assert !a || b;
      assert a ==> b; // error: implication is verifier-only
      b = a <==> b; // error: equivalence is verifier-only
    }
  }
}
