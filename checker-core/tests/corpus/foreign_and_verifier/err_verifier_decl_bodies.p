// expect: rejected
// PVerifier declarations are ignored when checking, but P still type-checks their bodies (Analyzer step 3b, PopulateExpr): invariants, axioms and init conditions must be bool, pure bodies must match their type, and names must resolve.
// known-disagreement: parser + typeck: ast::VerifierDecl keeps no body, so invariant/axiom/init-condition/pure bodies are not type-checked as P does.
pure Double(n: int): int = n * 2;
invariant fine: Double(2) == 4;
invariant sizeIsPositive: 1 + 1; // error: int invariant
axiom Double(1); // error: int axiom
init-condition 7 > 3;
init-condition "yes"; // error: string init condition
pure Broken(n: int): bool = n + 1; // error: int body for a bool pure function
invariant unknownName: nosuch > 0; // error: unknown name
machine Main {
  start state S { }
}
